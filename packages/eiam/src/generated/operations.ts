// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// Typed against openapi-typescript's output of the same bundle (./schema.ts): the two generators must agree.

import type { ResultOf, ResultStatus } from "@idaas-sdk/core";
import type {
  ArgumentFields,
  Assert,
  CommonHeaderOf,
  Equal,
  HeaderNames,
  InjectedHeaderOf,
  OperationFacts,
  RequestBodyOf,
  SharedSchemas,
  SuccessStatusOf,
  UnreadStatusBodies,
} from "@idaas-sdk/core/internal";
import type { components as Components, operations as Operations, paths as Paths } from "./schema.js";

/**
 * Per operationId: method, path, documented HTTP statuses and `status` values, whether an opt-in retry may repeat
 * it, its call arguments' headers, and per body field what differs from the defaults: its `argument` (default: the
 * camelCase of its name), `kind` in logs and errors (default: secret), `type` (default: string), `optional`.
 * For the types and the tests: each operation function (./functions.ts) carries its own copy, so that a bundle of
 * one function carries one operation's facts.
 */
export const operations = {
  "loginWithMobileCode": {
    "method": "post",
    "path": "/api/v2/sdk/login/mobile-verify-code",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "MFA_AUTH",
      "ACCESS_DENIED"
    ],
    "retry": false,
    "headers": {},
    "fields": {
      "mobile": {
        "kind": "mobile"
      },
      "verify_code": {}
    }
  },
  "verifyMfaEmail": {
    "method": "post",
    "path": "/api/v2/sdk/mfa/email",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "ACCESS_DENIED"
    ],
    "retry": false,
    "headers": {
      "stateToken": "X-state-token"
    },
    "fields": {
      "email": {
        "kind": "email"
      },
      "verify_code": {}
    }
  },
  "sendSmsCode": {
    "method": "post",
    "path": "/api/v2/sdk/sms/send",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {},
    "fields": {
      "mobile": {
        "kind": "mobile"
      },
      "type": {
        "kind": "plain",
        "enum": [
          "LOGIN_SMS",
          "REGISTER_SMS",
          "MFA_AUTH_SMS",
          "FORGET_PWD_SMS",
          "CHANGE_PWD_SMS",
          "BIND_MOBILE_SMS",
          "UPDATE_MOBILE_SMS"
        ]
      },
      "captcha_token": {}
    }
  },
  "getCaptcha": {
    "method": "get",
    "path": "/api/v2/sdk/captcha",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": true,
    "headers": {},
    "fields": {}
  },
  "verifyCaptcha": {
    "method": "post",
    "path": "/api/v2/sdk/captcha/verify",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {},
    "fields": {
      "point_json": {},
      "token": {},
      "sender": {}
    }
  },
  "sendEmailCode": {
    "method": "post",
    "path": "/api/v2/sdk/email/send",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {},
    "fields": {
      "email": {
        "kind": "email"
      },
      "type": {
        "kind": "plain",
        "enum": [
          "LOGIN_EMS",
          "REGISTER_EMS",
          "MFA_AUTH_EMS",
          "FORGET_PWD_EMS",
          "CHANGE_PWD_EMS",
          "BIND_EMAIL_EMS",
          "UPDATE_EMAIL_EMS"
        ]
      },
      "captcha_token": {}
    }
  },
  "verifyMfaSms": {
    "method": "post",
    "path": "/api/v2/sdk/mfa/sms",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "ACCESS_DENIED"
    ],
    "retry": false,
    "headers": {
      "stateToken": "X-state-token"
    },
    "fields": {
      "mobile": {
        "kind": "mobile"
      },
      "verify_code": {}
    }
  },
  "refreshIdToken": {
    "method": "post",
    "path": "/api/v2/sdk/sso/session-token/id-token",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {
      "sessionToken": "X-session-token"
    },
    "fields": {}
  },
  "loginWithPassword": {
    "method": "post",
    "path": "/api/v2/sdk/login",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "PASSWORD_WARN",
      "PASSWORD_EXPIRED",
      "ACCESS_DENIED",
      "MFA_AUTH"
    ],
    "retry": false,
    "headers": {},
    "fields": {
      "user_name": {},
      "password": {}
    }
  },
  "loginWithEmailCode": {
    "method": "post",
    "path": "/api/v2/sdk/login/email-verify-code",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "MFA_AUTH",
      "ACCESS_DENIED"
    ],
    "retry": false,
    "headers": {},
    "fields": {
      "email": {
        "kind": "email"
      },
      "verify_code": {}
    }
  },
  "updatePassword": {
    "method": "post",
    "path": "/api/v2/sdk/pwd/update",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "ACCESS_DENIED"
    ],
    "retry": false,
    "headers": {
      "stateToken": "X-state-token"
    },
    "fields": {
      "old_password": {},
      "new_password": {}
    }
  },
  "skipPasswordUpdate": {
    "method": "get",
    "path": "/api/v2/sdk/pwd/skip-update",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "ACCESS_DENIED"
    ],
    "retry": true,
    "headers": {
      "stateToken": "X-state-token"
    },
    "fields": {}
  },
  "updatePasswordWithSmsCode": {
    "method": "post",
    "path": "/api/v2/sdk/after-login/pwd/update-by-mobile",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "ACCESS_DENIED"
    ],
    "retry": false,
    "headers": {
      "stateToken": "X-state-token"
    },
    "fields": {
      "verify_code": {},
      "new_password": {}
    }
  },
  "updatePasswordWithEmailCode": {
    "method": "post",
    "path": "/api/v2/sdk/after-login/pwd/update-by-email",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS",
      "ACCESS_DENIED"
    ],
    "retry": false,
    "headers": {
      "stateToken": "X-state-token"
    },
    "fields": {
      "verify_code": {},
      "new_password": {}
    }
  },
  "getMobileByStateToken": {
    "method": "get",
    "path": "/api/v2/sdk/mobile-by-token",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": true,
    "headers": {
      "stateToken": "X-state-token"
    },
    "fields": {}
  },
  "resetPasswordWithSmsCode": {
    "method": "post",
    "path": "/api/v2/sdk/pwd/update-by-mobile",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {},
    "fields": {
      "mobile": {
        "kind": "mobile"
      },
      "verify_code": {},
      "password": {
        "argument": "newPassword"
      }
    }
  },
  "resetPasswordWithEmailCode": {
    "method": "post",
    "path": "/api/v2/sdk/pwd/update-by-email",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {},
    "fields": {
      "email": {
        "kind": "email"
      },
      "verify_code": {},
      "password": {
        "argument": "newPassword"
      }
    }
  },
  "registerWithMobileCode": {
    "method": "post",
    "path": "/api/v2/sdk/register/mobile-verify-code",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [
      "SUCCESS"
    ],
    "retry": false,
    "headers": {},
    "fields": {
      "user_name": {
        "optional": true
      },
      "name": {
        "optional": true
      },
      "mobile": {
        "kind": "mobile"
      },
      "verify_code": {},
      "email": {
        "kind": "email",
        "optional": true
      },
      "pwd": {
        "argument": "password",
        "optional": true
      },
      "head_img": {
        "optional": true
      },
      "attr_gender": {
        "optional": true
      },
      "attr_birthday": {
        "optional": true
      },
      "attr_nick_name": {
        "optional": true
      },
      "first_name": {
        "optional": true
      },
      "middle_name": {
        "optional": true
      },
      "last_name": {
        "optional": true
      },
      "mailing_address": {
        "optional": true
      },
      "zip_code": {
        "optional": true
      },
      "industry": {
        "kind": "plain",
        "optional": true
      }
    }
  },
  "updateEmail": {
    "method": "post",
    "path": "/api/v2/sdk/profile/update-email",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {
      "idToken": "Authorization"
    },
    "headerPrefixes": {
      "Authorization": "Bearer "
    },
    "fields": {
      "email": {
        "kind": "email"
      },
      "verify_code": {}
    }
  },
  "changePasswordWithSmsCode": {
    "method": "post",
    "path": "/api/v2/sdk/pwd/change-by-mobile",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {
      "idToken": "Authorization"
    },
    "headerPrefixes": {
      "Authorization": "Bearer "
    },
    "fields": {
      "verify_code": {},
      "password": {
        "argument": "newPassword"
      }
    }
  },
  "changePasswordWithEmailCode": {
    "method": "post",
    "path": "/api/v2/sdk/pwd/change-by-email",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": false,
    "headers": {
      "idToken": "Authorization"
    },
    "headerPrefixes": {
      "Authorization": "Bearer "
    },
    "fields": {
      "verify_code": {},
      "password": {
        "argument": "newPassword"
      }
    }
  },
  "hasPassword": {
    "method": "get",
    "path": "/api/v2/sdk/pwd/check-exist",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": true,
    "headers": {
      "idToken": "Authorization"
    },
    "headerPrefixes": {
      "Authorization": "Bearer "
    },
    "fields": {}
  },
  "listCountryCodes": {
    "method": "get",
    "path": "/api/v2/sdk/country-codes",
    "httpStatuses": {
      "200": true,
      "400": true
    },
    "resultStatuses": [],
    "retry": true,
    "headers": {},
    "fields": {}
  }
} as const satisfies OperationFacts<Paths, Operations>;

/** Which header carries each client option (the options every operation takes). */
export const headerNames = {
  "device": {
    "osVersion": "X-operating-sys-version",
    "fingerprint": "X-device-fingerprint",
    "ip": "X-device-ip",
    "agent": "X-agent"
  },
  "language": "X-L",
  "clientId": "X-client-id",
  "tenantId": "X-tenant-id"
} as const satisfies HeaderNames<CommonHeaderOf<Operations>>;

/** The headers the client options fill in; every other header an operation takes is a call argument. */
export const optionHeaders: readonly string[] = [
  "X-operating-sys-version",
  "X-device-fingerprint",
  "X-device-ip",
  "X-agent",
  "X-L",
  "X-client-id",
  "X-tenant-id"
];

/** Lower-case names of the headers whose values are credentials: never logged, scrubbed from every error. */
export const secretHeaders: readonly string[] = [
  "authorization",
  "x-device-fingerprint",
  "x-session-token",
  "x-state-token"
];

/** The fields of the error body that hold its code and its message (`x-idaas-sdk-error-field`). */
export const errorFields = {
  "code": "error_code",
  "message": "error_msg"
} as const satisfies Record<
  "code" | "message",
  keyof Components["schemas"]["ErrorResponse"]
>;

export type OperationId = keyof Operations;
export type Schemas = Components["schemas"];
/** The JSON request body of an operation (never for one without a body). */
export type RequestBody<Op extends OperationId> = RequestBodyOf<Operations[Op]>;
/** The JSON request body of an operation under the call's argument names (the facts' `argument`, else camelCase). */
export type BodyArguments<Op extends OperationId> = ArgumentFields<RequestBody<Op>, (typeof operations)[Op]["fields"]>;
/** The `status` values of an operation's 200 body, as the spec documents them. */
export type SuccessStatus<Op extends OperationId> = SuccessStatusOf<Operations[Op]>;
/**
 * The result of an operation whose 200 body answers a `status`: the union of its documented statuses' results
 * (the assertion below keeps @idaas-sdk/core reading every status the spec documents).
 */
export type OperationResult<Op extends OperationId> = ResultOf<Extract<SuccessStatus<Op>, ResultStatus>>;
/** The headers the client sets on every call. */
export type InjectedHeader = InjectedHeaderOf<typeof headerNames>;

// The facts list exactly the `status` values of the schema: the reader accepts what the type says.
export type _FactsStatuses = Assert<
  Equal<
    { [Op in OperationId]: (typeof operations)[Op]["resultStatuses"][number] },
    { [Op in OperationId]: SuccessStatus<Op> }
  >
>;
// A `status` added to the spec must have its reader in @idaas-sdk/core, and each status's body must still fit it.
export type _EveryStatusRead = Assert<Equal<UnreadStatusBodies<Operations>, never>>;
// The bodies without a status that @idaas-sdk/core reads: the spec's fields must still fit its readers.
export type _SharedSchemas = Assert<
  Pick<Schemas, keyof SharedSchemas> extends Pick<SharedSchemas, keyof SharedSchemas> ? true : false
>;

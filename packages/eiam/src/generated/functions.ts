// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// Each operation as a function of the client core: the `/functions` entry, and what the client's methods call. Each
// carries its facts (the same as ./operations.ts gives), so that a bundle of one function carries only its own.

import type { ClientOptions } from "@idaas-sdk/core";
import {
  type ClientCore,
  createClientCore,
  operationFunction,
  type OperationFunction,
  toCaptchaChallenge,
  toCaptchaVerifyResult,
  toCountryCodes,
  toIdTokenRefresh,
  toNothing,
  toPasswordExists,
  toStatusResult,
  withCaptchaPoint,
} from "@idaas-sdk/core/internal";
import type { EiamClient } from "./client.js";
import { toEiamMobileByStateToken } from "../results.js";
import { errorFields, headerNames, optionHeaders, secretHeaders } from "./operations.js";

/** The checked options and the transport of a EIAM client: what each operation function takes first. */
export type EiamCore = ClientCore<"eiam">;

/** Checks the options and makes the core; throws IdaasConfigError naming the first bad option. */
export function createEiamCore(options: ClientOptions): EiamCore {
  return createClientCore(options, headerNames, secretHeaders, errorFields, optionHeaders);
}

/** The function of the client's method `Op`: the core, then the method's input and call options. */
type Of<Op extends keyof EiamClient & string> = OperationFunction<EiamCore, EiamClient[Op], Op>;

/** Log in with mobile number and SMS code. */
export const loginWithMobileCode: Of<"loginWithMobileCode"> = /* @__PURE__ */ operationFunction(
  "loginWithMobileCode",
  {
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
  } as const,
  toStatusResult,
);

/** Second factor with email and email code. */
export const verifyMfaEmail: Of<"verifyMfaEmail"> = /* @__PURE__ */ operationFunction(
  "verifyMfaEmail",
  {
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
  } as const,
  toStatusResult,
);

/** Send an SMS verification code. */
export const sendSmsCode: Of<"sendSmsCode"> = /* @__PURE__ */ operationFunction(
  "sendSmsCode",
  {
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
  } as const,
  toNothing,
);

/** Get a slider captcha. */
export const getCaptcha: Of<"getCaptcha"> = /* @__PURE__ */ operationFunction(
  "getCaptcha",
  {
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
  } as const,
  toCaptchaChallenge,
);

/** Check a slider captcha. */
export const verifyCaptcha: Of<"verifyCaptcha"> = /* @__PURE__ */ operationFunction(
  "verifyCaptcha",
  {
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
  } as const,
  toCaptchaVerifyResult, (call) => withCaptchaPoint("verifyCaptcha", "pointJson", call),
);

/** Send an email verification code. */
export const sendEmailCode: Of<"sendEmailCode"> = /* @__PURE__ */ operationFunction(
  "sendEmailCode",
  {
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
  } as const,
  toNothing,
);

/** Second factor with mobile number and SMS code. */
export const verifyMfaSms: Of<"verifyMfaSms"> = /* @__PURE__ */ operationFunction(
  "verifyMfaSms",
  {
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
  } as const,
  toStatusResult,
);

/** Get a new id_token for a session token. */
export const refreshIdToken: Of<"refreshIdToken"> = /* @__PURE__ */ operationFunction(
  "refreshIdToken",
  {
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
  } as const,
  toIdTokenRefresh,
);

/** Log in with user name and password. */
export const loginWithPassword: Of<"loginWithPassword"> = /* @__PURE__ */ operationFunction(
  "loginWithPassword",
  {
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
  } as const,
  toStatusResult,
);

/** Log in with email and email code. */
export const loginWithEmailCode: Of<"loginWithEmailCode"> = /* @__PURE__ */ operationFunction(
  "loginWithEmailCode",
  {
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
  } as const,
  toStatusResult,
);

/** Change the password after PASSWORD_WARN or PASSWORD_EXPIRED. */
export const updatePassword: Of<"updatePassword"> = /* @__PURE__ */ operationFunction(
  "updatePassword",
  {
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
  } as const,
  toStatusResult,
);

/** Skip the password change after PASSWORD_WARN. */
export const skipPasswordUpdate: Of<"skipPasswordUpdate"> = /* @__PURE__ */ operationFunction(
  "skipPasswordUpdate",
  {
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
  } as const,
  toStatusResult,
);

/** Change the password with an SMS code after PASSWORD_WARN or PASSWORD_EXPIRED. */
export const updatePasswordWithSmsCode: Of<"updatePasswordWithSmsCode"> = /* @__PURE__ */ operationFunction(
  "updatePasswordWithSmsCode",
  {
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
  } as const,
  toStatusResult,
);

/** Change the password with an email code after PASSWORD_WARN or PASSWORD_EXPIRED. */
export const updatePasswordWithEmailCode: Of<"updatePasswordWithEmailCode"> = /* @__PURE__ */ operationFunction(
  "updatePasswordWithEmailCode",
  {
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
  } as const,
  toStatusResult,
);

/** Get the mobile number of a state token's user. */
export const getMobileByStateToken: Of<"getMobileByStateToken"> = /* @__PURE__ */ operationFunction(
  "getMobileByStateToken",
  {
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
  } as const,
  toEiamMobileByStateToken,
);

/** Reset a forgotten password with an SMS code. */
export const resetPasswordWithSmsCode: Of<"resetPasswordWithSmsCode"> = /* @__PURE__ */ operationFunction(
  "resetPasswordWithSmsCode",
  {
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
  } as const,
  toNothing,
);

/** Reset a forgotten password with an email code. */
export const resetPasswordWithEmailCode: Of<"resetPasswordWithEmailCode"> = /* @__PURE__ */ operationFunction(
  "resetPasswordWithEmailCode",
  {
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
  } as const,
  toNothing,
);

/** Register with mobile number and SMS code. */
export const registerWithMobileCode: Of<"registerWithMobileCode"> = /* @__PURE__ */ operationFunction(
  "registerWithMobileCode",
  {
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
  } as const,
  toStatusResult,
);

/** Change a signed-in user's email address. */
export const updateEmail: Of<"updateEmail"> = /* @__PURE__ */ operationFunction(
  "updateEmail",
  {
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
  } as const,
  toNothing,
);

/** Change a signed-in user's password with an SMS code. */
export const changePasswordWithSmsCode: Of<"changePasswordWithSmsCode"> = /* @__PURE__ */ operationFunction(
  "changePasswordWithSmsCode",
  {
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
  } as const,
  toNothing,
);

/** Change a signed-in user's password with an email code. */
export const changePasswordWithEmailCode: Of<"changePasswordWithEmailCode"> = /* @__PURE__ */ operationFunction(
  "changePasswordWithEmailCode",
  {
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
  } as const,
  toNothing,
);

/** Check whether the signed-in user has a password. */
export const hasPassword: Of<"hasPassword"> = /* @__PURE__ */ operationFunction(
  "hasPassword",
  {
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
  } as const,
  toPasswordExists,
);

/** List the supported international dialling codes. */
export const listCountryCodes: Of<"listCountryCodes"> = /* @__PURE__ */ operationFunction(
  "listCountryCodes",
  {
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
  } as const,
  toCountryCodes,
);

/** Every operation function: the client's methods, each named by its operationId. */
export const operationFunctions = [
  loginWithMobileCode,
  verifyMfaEmail,
  sendSmsCode,
  getCaptcha,
  verifyCaptcha,
  sendEmailCode,
  verifyMfaSms,
  refreshIdToken,
  loginWithPassword,
  loginWithEmailCode,
  updatePassword,
  skipPasswordUpdate,
  updatePasswordWithSmsCode,
  updatePasswordWithEmailCode,
  getMobileByStateToken,
  resetPasswordWithSmsCode,
  resetPasswordWithEmailCode,
  registerWithMobileCode,
  updateEmail,
  changePasswordWithSmsCode,
  changePasswordWithEmailCode,
  hasPassword,
  listCountryCodes,
];

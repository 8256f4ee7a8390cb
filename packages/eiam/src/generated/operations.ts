// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// Typed against openapi-typescript's output of the same bundle (./schema.ts): the two generators must agree.

import type { CommonHeaderOf, HeaderNames, OperationFacts } from "@idaas-sdk/core/internal";
import type { components as Components, operations as Operations, paths as Paths } from "./schema.js";

/**
 * Per operationId: method, path, documented HTTP statuses and `status` values, whether an opt-in retry may repeat
 * it, option and argument headers, and per body field its argument, type and how logs and errors show it.
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
    "retry": true,
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "tenantId": "X-tenant-id"
    },
    "fields": {
      "mobile": {
        "argument": "mobile",
        "kind": "mobile",
        "type": "string",
        "required": true
      },
      "verify_code": {
        "argument": "verifyCode",
        "kind": "secret",
        "type": "string",
        "required": true
      }
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
    "retry": true,
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "tenantId": "X-tenant-id",
      "stateToken": "X-state-token"
    },
    "fields": {
      "email": {
        "argument": "email",
        "kind": "email",
        "type": "string",
        "required": true
      },
      "verify_code": {
        "argument": "verifyCode",
        "kind": "secret",
        "type": "string",
        "required": true
      }
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
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "tenantId": "X-tenant-id"
    },
    "fields": {
      "mobile": {
        "argument": "mobile",
        "kind": "mobile",
        "type": "string",
        "required": true
      },
      "type": {
        "argument": "type",
        "kind": "plain",
        "type": "string",
        "enum": [
          "LOGIN_SMS",
          "REGISTER_SMS",
          "MFA_AUTH_SMS",
          "FORGET_PWD_SMS",
          "CHANGE_PWD_SMS",
          "BIND_MOBILE_SMS",
          "UPDATE_MOBILE_SMS"
        ],
        "required": true
      },
      "captcha_token": {
        "argument": "captchaToken",
        "kind": "secret",
        "type": "string",
        "required": true
      }
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
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "tenantId": "X-tenant-id"
    },
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
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "tenantId": "X-tenant-id"
    },
    "fields": {
      "point_json": {
        "argument": "pointJson",
        "kind": "secret",
        "type": "string",
        "required": true
      },
      "token": {
        "argument": "token",
        "kind": "secret",
        "type": "string",
        "required": true
      },
      "sender": {
        "argument": "sender",
        "kind": "secret",
        "type": "string",
        "required": true
      }
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
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "tenantId": "X-tenant-id"
    },
    "fields": {
      "email": {
        "argument": "email",
        "kind": "email",
        "type": "string",
        "required": true
      },
      "type": {
        "argument": "type",
        "kind": "plain",
        "type": "string",
        "enum": [
          "LOGIN_EMS",
          "REGISTER_EMS",
          "MFA_AUTH_EMS",
          "FORGET_PWD_EMS",
          "CHANGE_PWD_EMS",
          "BIND_EMAIL_EMS",
          "UPDATE_EMAIL_EMS"
        ],
        "required": true
      },
      "captcha_token": {
        "argument": "captchaToken",
        "kind": "secret",
        "type": "string",
        "required": true
      }
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
    "retry": true,
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "tenantId": "X-tenant-id",
      "stateToken": "X-state-token"
    },
    "fields": {
      "mobile": {
        "argument": "mobile",
        "kind": "mobile",
        "type": "string",
        "required": true
      },
      "verify_code": {
        "argument": "verifyCode",
        "kind": "secret",
        "type": "string",
        "required": true
      }
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
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "tenantId": "X-tenant-id",
      "sessionToken": "X-session-token"
    },
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

// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// Typed against openapi-typescript's output of the same bundle (./schema.ts): the two generators must agree.

import type { CommonHeaderOf, HeaderNames, OperationFacts } from "@idaas-sdk/core";
import type { operations as Operations, paths as Paths } from "./schema.js";

/** Per operationId: method, path, documented HTTP statuses and `status` values, option headers, body field kinds. */
export const operations = {
  "loginWithMobilePassword": {
    "method": "post",
    "path": "/api/v2/sdk/login/mobile-pwd",
    "httpStatuses": {
      "200": true,
      "400": true,
      "500": true
    },
    "resultStatuses": [
      "SUCCESS",
      "PASSWORD_WARN",
      "PASSWORD_EXPIRED",
      "ACCESS_DENIED"
    ],
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id"
    },
    "fieldKinds": {
      "mobile": "mobile",
      "password": "secret"
    }
  },
  "loginWithEmailCode": {
    "method": "post",
    "path": "/api/v2/sdk/login/email-verify-code",
    "httpStatuses": {
      "200": true,
      "400": true,
      "500": true
    },
    "resultStatuses": [
      "SUCCESS"
    ],
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id"
    },
    "fieldKinds": {
      "email": "email",
      "verify_code": "secret"
    }
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
  "clientId": "X-client-id"
} as const satisfies HeaderNames<CommonHeaderOf<Operations>>;

// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-operations.mjs; do not edit. Run the build.
// Typed against openapi-typescript's output of the same bundle (./schema.ts): the two generators must agree.

import type { CommonHeaderOf, HeaderNames, OperationFacts } from "@idaas-sdk/core";
import type { operations as Operations, paths as Paths } from "./schema.js";

/** Per operationId: method, path, documented HTTP statuses and `status` values, option headers, body field kinds. */
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
      "verify_code": "secret"
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
    "headers": {
      "device.osVersion": "X-operating-sys-version",
      "device.fingerprint": "X-device-fingerprint",
      "device.ip": "X-device-ip",
      "device.agent": "X-agent",
      "language": "X-L",
      "clientId": "X-client-id",
      "stateToken": "X-state-token"
    },
    "fieldKinds": {
      "email": "email",
      "verify_code": "secret"
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
      "type": "plain",
      "captcha_token": "secret"
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

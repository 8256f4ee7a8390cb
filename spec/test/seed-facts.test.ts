// The facts of the vendor's pages (the five seed pages in shared/api-docs, and the pages of
// spec/research/journeys.md), written down once more here on purpose: this table is the oracle the spec is checked
// against, so that an edit that drops a header, a field, a status or a code fails.
import { describe, expect, test } from "vitest";
import { getOperation, loadSpec, type Product, resolve, type SpecDocument } from "../lib/index.js";

const DEVICE = ["X-operating-sys-version", "X-device-fingerprint", "X-agent", "X-client-id"];
// X-tenant-id: the Huawei OneAccess mirror's pages (journeys.md §17), on every operation so that it is a client option.
const OPTIONAL = ["X-device-ip", "X-L", "X-tenant-id"];
/** Codes whose Chinese message no page documents: the spec must give none (and must give it for every other code). */
const NO_CHINESE = new Set([
  "SDK.COMMON.1001",
  "SDK.COMMON.1006",
  "SDK.COMMON.1013",
  "SDK.SMS.1005",
  "SDK.SMS.1006",
  "IDAAS.SDK.PARAM.0014",
  "IDAAS.SDK.CAPTCHA.0006",
  "IDAAS.SDK.CAPTCHA.0002",
  "IDAAS.SDK.PARAM.0023",
  "IDAAS.SDK.PARAM.0016",
  "SDK.LOGIN.1003",
]);
/** The fields of the captcha of both products' get-captcha example, in the page's order. */
const CAPTCHA_FIELDS = [
  "captchaId",
  "projectCode",
  "captchaOriginalPath",
  "captchaFontType",
  "captchaFontSize",
  "secretKey",
  "originalImageBase64",
  "point",
  "jigsawImageBase64",
  "wordList",
  "pointList",
  "pointJson",
  "token",
  "result",
  "captchaVerification",
];
const REFRESH_FIELDS = ["session_token", "expire", "id_token"];

interface Page {
  operationId: string;
  tag: "EIAM" | "CIAM";
  method: "GET" | "POST";
  path: string;
  requiredHeaders: string[];
  /** Required body fields; none for a page without request parameters. */
  body?: string[];
  statuses: string[];
  /** A success without a body ("HTTP/1.1 200 OK" alone). */
  emptySuccess?: true;
  /** The fields of a success without a `status`, as its example shows them. */
  successFields?: string[];
  errors: Record<string, number>;
  /** Codes the vendor documents on another page that the spec also lists for this operation (its response description
   * says which page): the ones the emulator answers where this page shows none. */
  fromOtherPages?: Record<string, number>;
}

const pages: Page[] = [
  {
    operationId: "loginWithMobileCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/login/mobile-verify-code",
    requiredHeaders: DEVICE,
    body: ["mobile", "verify_code"],
    statuses: ["SUCCESS", "MFA_AUTH", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1005": 400, "SDK.COMMON.1013": 400 },
  },
  {
    operationId: "verifyMfaEmail",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/mfa/email",
    requiredHeaders: [...DEVICE, "X-state-token"],
    body: ["email", "verify_code"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1006": 400, "SDK.COMMON.1006": 400 },
  },
  {
    operationId: "sendSmsCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/sms/send",
    requiredHeaders: DEVICE,
    body: ["mobile", "type", "captcha_token"],
    statuses: [],
    emptySuccess: true,
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/captcha/captcha.html
  {
    operationId: "getCaptcha",
    tag: "EIAM",
    method: "GET",
    path: "/api/v2/sdk/captcha",
    requiredHeaders: DEVICE,
    statuses: [],
    successFields: CAPTCHA_FIELDS,
    errors: { "SDK.COMMON.1001": 400 },
  },
  // bc:eiam/userapi/captcha/verifycaptcha.html
  {
    operationId: "verifyCaptcha",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/captcha/verify",
    requiredHeaders: DEVICE,
    body: ["point_json", "token", "sender"],
    statuses: [],
    successFields: ["captcha_token"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/captcha/emailsend.html
  {
    operationId: "sendEmailCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/email/send",
    requiredHeaders: DEVICE,
    body: ["email", "type", "captcha_token"],
    statuses: [],
    emptySuccess: true,
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/mfa/smsmfa.html (statuses: the email MFA page's; the SMS page is cut before its table)
  {
    operationId: "verifyMfaSms",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/mfa/sms",
    requiredHeaders: [...DEVICE, "X-state-token"],
    body: ["mobile", "verify_code"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1005": 400, "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/token/session-token-id-token.html
  {
    operationId: "refreshIdToken",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/sso/session-token/id-token",
    requiredHeaders: [...DEVICE, "X-session-token"],
    statuses: [],
    successFields: REFRESH_FIELDS,
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.COMMON.1006": 400 },
  },
  {
    operationId: "loginWithMobilePassword",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/login/mobile-pwd",
    requiredHeaders: DEVICE,
    body: ["mobile", "password"],
    statuses: ["SUCCESS", "PASSWORD_WARN", "PASSWORD_EXPIRED", "ACCESS_DENIED"],
    errors: {
      "IDAAS.SDK.PARAM.0001": 400,
      "IDAAS.SDK.PARAM.0002": 400,
      "IDAAS.SDK.PARAM.0003": 400,
      "IDAAS.SDK.USER.0004": 400,
      "IDAAS.SDK.USER.0006": 400,
      "IDAAS.SDK.LOGIN.0001": 400,
      "IDAAS.SDK.LOGIN.0002": 400,
      "IDAAS.SDK.USER.0039": 400,
      "IDAAS.SDK.COM.0002": 500,
    },
  },
  {
    operationId: "loginWithEmailCode",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/login/email-verify-code",
    requiredHeaders: DEVICE,
    body: ["email", "verify_code"],
    statuses: ["SUCCESS"],
    errors: {
      "IDAAS.SDK.PARAM.0001": 400,
      "IDAAS.SDK.PARAM.0002": 400,
      "IDAAS.SDK.PARAM.0003": 400,
      "IDAAS.SDK.PARAM.0009": 400,
      "IDAAS.SDK.USER.0004": 400,
      "IDAAS.SDK.CAPTCHA.0007": 400,
      "IDAAS.SDK.USER.0001": 400,
      "IDAAS.SDK.USER.0039": 400,
      "IDAAS.SDK.COM.0002": 500,
    },
  },
  // bc:ciam/api/v2/sdk/captcha/send-sms.html
  {
    operationId: "sendSmsCode",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/sms/send",
    requiredHeaders: DEVICE,
    body: ["mobile", "type", "captcha_token"],
    statuses: [],
    emptySuccess: true,
    errors: { "IDAAS.SDK.CAPTCHA.0006": 400 },
  },
  // bc:ciam/api/v2/sdk/captcha/send-email.html
  {
    operationId: "sendEmailCode",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/email/send",
    requiredHeaders: DEVICE,
    body: ["email", "type", "captcha_token"],
    statuses: [],
    emptySuccess: true,
    errors: { "IDAAS.SDK.CAPTCHA.0006": 400 },
  },
  // bc:ciam/api/v2/sdk/web-application/login-by-mobile-code.html
  {
    operationId: "loginWithMobileCode",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/login/mobile-verify-code",
    requiredHeaders: DEVICE,
    body: ["mobile", "verify_code"],
    statuses: ["SUCCESS"],
    errors: { "IDAAS.SDK.CAPTCHA.0007": 400 },
    fromOtherPages: { "IDAAS.SDK.USER.0001": 400, "IDAAS.SDK.USER.0039": 400 },
  },
  // bc:ciam/api/v2/sdk/web-application/force-change-password.html
  {
    operationId: "updatePassword",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/update",
    requiredHeaders: [...DEVICE, "X-state-token"],
    body: ["old_password", "new_password"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "IDAAS.SDK.PARAM.0014": 400 },
    fromOtherPages: { "IDAAS.SDK.LOGIN.0002": 400, "IDAAS.SDK.LOGIN.0001": 400 },
  },
  // bc:ciam/api/v2/sdk/web-application/skip-force-change-password.html
  {
    operationId: "skipPasswordUpdate",
    tag: "CIAM",
    method: "GET",
    path: "/api/v2/sdk/pwd/skip-update",
    requiredHeaders: [...DEVICE, "X-state-token"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "IDAAS.SDK.PARAM.0014": 400 },
  },
  // bc:ciam/api/v2/sdk/captcha/get-captcha.html
  {
    operationId: "getCaptcha",
    tag: "CIAM",
    method: "GET",
    path: "/api/v2/sdk/captcha",
    requiredHeaders: DEVICE,
    statuses: [],
    successFields: CAPTCHA_FIELDS,
    errors: { "IDAAS.SDK.PARAM.0001": 400 },
  },
  // bc:ciam/api/v2/sdk/captcha/verify-captcha.html
  {
    operationId: "verifyCaptcha",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/captcha/verify",
    requiredHeaders: DEVICE,
    body: ["point_json", "token", "sender"],
    statuses: [],
    successFields: ["captcha_token"],
    errors: { "IDAAS.SDK.CAPTCHA.0002": 400 },
  },
  // bc:ciam/api/v2/sdk/user-self-service/refresh-id-token-by-session-token.html
  {
    operationId: "refreshIdToken",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/sso/session-token/id-token",
    requiredHeaders: [...DEVICE, "session-token"],
    statuses: [],
    successFields: REFRESH_FIELDS,
    errors: { "IDAAS.SDK.PARAM.0023": 400 },
  },
  // bc:eiam/userapi/login/username-pwd.html (cut in the SUCCESS example); statuses: hwzh:LoginByUserNamePwd.html
  {
    operationId: "loginWithPassword",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/login",
    requiredHeaders: DEVICE,
    body: ["user_name", "password"],
    statuses: ["SUCCESS", "PASSWORD_WARN", "PASSWORD_EXPIRED", "ACCESS_DENIED", "MFA_AUTH"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.LOGIN.1003": 400 },
  },
  // bc:eiam/userapi/login/email-verify-code.html (cut in the SUCCESS example; statuses: the mobile-code login's)
  {
    operationId: "loginWithEmailCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/login/email-verify-code",
    requiredHeaders: DEVICE,
    body: ["email", "verify_code"],
    statuses: ["SUCCESS", "MFA_AUTH", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1006": 400, "SDK.COMMON.1013": 400 },
  },
  // bc:eiam/userapi/pwd/force-update.html, hw:ForceUpdatePwd.html (ACCESS_DENIED: the CIAM twin's)
  {
    operationId: "updatePassword",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/update",
    requiredHeaders: [...DEVICE, "X-state-token"],
    body: ["old_password", "new_password"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.COMMON.1006": 400, "SDK.LOGIN.1003": 400 },
  },
  // bc:eiam/userapi/pwd/skip-update.html, hw:SkipForceUpdatePwd.html (ACCESS_DENIED: the CIAM twin's)
  {
    operationId: "skipPasswordUpdate",
    tag: "EIAM",
    method: "GET",
    path: "/api/v2/sdk/pwd/skip-update",
    requiredHeaders: [...DEVICE, "X-state-token"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/pwd/force-update-by-mobile.html (cut in the SUCCESS example)
  {
    operationId: "updatePasswordWithSmsCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/after-login/pwd/update-by-mobile",
    requiredHeaders: [...DEVICE, "X-state-token"],
    body: ["verify_code", "new_password"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1005": 400, "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/pwd/force-update-by-email.html (cut in the SUCCESS example)
  {
    operationId: "updatePasswordWithEmailCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/after-login/pwd/update-by-email",
    requiredHeaders: [...DEVICE, "X-state-token"],
    body: ["verify_code", "new_password"],
    statuses: ["SUCCESS", "ACCESS_DENIED"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1006": 400, "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/captcha/mobile-by-token.html (whole), hw:ShowMobileByStateToken.html
  {
    operationId: "getMobileByStateToken",
    tag: "EIAM",
    method: "GET",
    path: "/api/v2/sdk/mobile-by-token",
    requiredHeaders: [...DEVICE, "X-state-token"],
    statuses: [],
    successFields: ["mobile"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/pwd/update-by-mobile.html (whole), hw:GetBackPwdByMobile.html
  {
    operationId: "resetPasswordWithSmsCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/update-by-mobile",
    requiredHeaders: DEVICE,
    body: ["mobile", "verify_code", "password"],
    statuses: [],
    emptySuccess: true,
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1005": 400, "SDK.COMMON.1013": 400 },
  },
  // bc:eiam/userapi/pwd/update-by-email.html (whole)
  {
    operationId: "resetPasswordWithEmailCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/update-by-email",
    requiredHeaders: DEVICE,
    body: ["email", "verify_code", "password"],
    statuses: [],
    emptySuccess: true,
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1006": 400, "SDK.COMMON.1013": 400 },
  },
  // bc:eiam/userapi/register/mobile-verify-code.html, hw(tr-tr):RegisterByMobile.html (both cut in the request
  // table; the SUCCESS answer is assumed from hwzh:RegisterBindSocialAccount.html)
  {
    operationId: "registerWithMobileCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/register/mobile-verify-code",
    requiredHeaders: DEVICE,
    body: ["mobile", "verify_code"],
    statuses: ["SUCCESS"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1005": 400 },
  },
  // bc:eiam/userapi/profile/update-email.html (whole)
  {
    operationId: "updateEmail",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/profile/update-email",
    requiredHeaders: [...DEVICE, "Authorization"],
    body: ["email", "verify_code"],
    statuses: [],
    emptySuccess: true,
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.SMS.1006": 400, "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/pwd/change-by-mobile.html (whole)
  {
    operationId: "changePasswordWithSmsCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/change-by-mobile",
    requiredHeaders: [...DEVICE, "Authorization"],
    body: ["verify_code", "password"],
    statuses: [],
    emptySuccess: true,
    errors: { "SDK.SMS.1005": 400 },
    fromOtherPages: { "SDK.COMMON.1001": 400, "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/pwd/change-by-email.html (whole)
  {
    operationId: "changePasswordWithEmailCode",
    tag: "EIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/change-by-email",
    requiredHeaders: [...DEVICE, "Authorization"],
    body: ["verify_code", "password"],
    statuses: [],
    emptySuccess: true,
    errors: { "SDK.SMS.1006": 400 },
    fromOtherPages: { "SDK.COMMON.1001": 400, "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/pwd/check-exist.html (whole)
  {
    operationId: "hasPassword",
    tag: "EIAM",
    method: "GET",
    path: "/api/v2/sdk/pwd/check-exist",
    requiredHeaders: [...DEVICE, "Authorization"],
    statuses: [],
    successFields: ["is_set_pwd"],
    errors: { "SDK.COMMON.1001": 400 },
    fromOtherPages: { "SDK.COMMON.1006": 400 },
  },
  // bc:eiam/userapi/captcha/country-codes.html, hw:ListCountryCodes.html (cut inside the example's list; no
  // successFields: the schema has preferredAreaCode, which no example shows)
  {
    operationId: "listCountryCodes",
    tag: "EIAM",
    method: "GET",
    path: "/api/v2/sdk/country-codes",
    requiredHeaders: DEVICE,
    statuses: [],
    errors: { "SDK.COMMON.1001": 400 },
  },
  // bc:ciam/api/v2/sdk/web-application/login-by-identifier-password.html (cut in Success Example 2: statuses
  // PASSWORD_EXPIRED and ACCESS_DENIED and the codes are the mobile + password login page's)
  {
    operationId: "loginWithPassword",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/login/auth",
    requiredHeaders: DEVICE,
    body: ["user_name", "password"],
    statuses: ["SUCCESS", "PASSWORD_WARN", "PASSWORD_EXPIRED", "ACCESS_DENIED"],
    errors: {},
    fromOtherPages: { "IDAAS.SDK.LOGIN.0002": 400, "IDAAS.SDK.LOGIN.0001": 400, "IDAAS.SDK.USER.0039": 400 },
  },
  // bc:ciam/api/v2/sdk/user-self-service/register-by-mobile.html (cut in the request table: no response, no code)
  {
    operationId: "registerWithMobileCode",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/register/mobile-verify-code",
    requiredHeaders: DEVICE,
    body: ["mobile", "verify_code"],
    statuses: ["SUCCESS"], // assumed (x-idaas-assumed on the 200)
    errors: {},
    fromOtherPages: { "IDAAS.SDK.CAPTCHA.0007": 400 },
  },
  // bc:ciam/api/v2/sdk/user-self-service/register-by-email.html (cut in the request table: no response, no code)
  {
    operationId: "registerWithEmailCode",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/register/email-verify-code",
    requiredHeaders: DEVICE,
    body: ["email", "verify_code"],
    statuses: ["SUCCESS"], // assumed (x-idaas-assumed on the 200)
    errors: {},
    fromOtherPages: { "IDAAS.SDK.CAPTCHA.0007": 400 },
  },
  // bc:ciam/api/v2/sdk/user-self-service/change-password.html
  {
    operationId: "changePassword",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/change",
    requiredHeaders: [...DEVICE, "Authorization"],
    body: ["new_password"],
    statuses: [],
    emptySuccess: true,
    errors: { "IDAAS.SDK.PARAM.0016": 400 },
    fromOtherPages: { "IDAAS.SDK.LOGIN.0002": 400, "IDAAS.SDK.LOGIN.0001": 400 },
  },
  // bc:ciam/api/v2/sdk/user-self-service/change-password-by-mobile.html (cut in the error table's first row)
  {
    operationId: "changePasswordWithSmsCode",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/update-by-mobile",
    requiredHeaders: [...DEVICE, "Authorization"],
    body: ["verify_code", "password"],
    statuses: [],
    emptySuccess: true,
    errors: { "IDAAS.SDK.CAPTCHA.0007": 400, "IDAAS.SDK.PARAM.0001": 400 },
    fromOtherPages: { "IDAAS.SDK.PARAM.0016": 400 },
  },
  // bc:ciam/api/v2/sdk/user-self-service/change-password-by-email.html (cut in the error table's first row)
  {
    operationId: "changePasswordWithEmailCode",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/pwd/update-by-email",
    requiredHeaders: [...DEVICE, "Authorization"],
    body: ["verify_code", "password"],
    statuses: [],
    emptySuccess: true,
    errors: { "IDAAS.SDK.CAPTCHA.0007": 400, "IDAAS.SDK.PARAM.0001": 400 },
    fromOtherPages: { "IDAAS.SDK.PARAM.0016": 400 },
  },
  // bc:ciam/api/v2/sdk/user-self-service/check-whether-user-set-password.html (cut in the error table's 3rd row)
  {
    operationId: "hasPassword",
    tag: "CIAM",
    method: "GET",
    path: "/api/v2/sdk/pwd/check-exist",
    requiredHeaders: [...DEVICE, "Authorization"],
    statuses: [],
    successFields: ["is_set_pwd"],
    errors: {
      "IDAAS.SDK.PARAM.0016": 400,
      "IDAAS.SDK.PARAM.0001": 400,
      "IDAAS.SDK.PARAM.0002": 400,
      "IDAAS.SDK.PARAM.0003": 400,
    },
  },
  // bc:ciam/api/v2/sdk/user-self-service/update-mobile.html (cut in the error table's 2nd row)
  {
    operationId: "updateMobile",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/profile/update-mobile",
    requiredHeaders: [...DEVICE, "Authorization"],
    body: ["mobile", "verify_code"],
    statuses: [],
    emptySuccess: true,
    errors: { "IDAAS.SDK.PARAM.0016": 400, "IDAAS.SDK.PARAM.0001": 400, "IDAAS.SDK.PARAM.0002": 400 },
    fromOtherPages: { "IDAAS.SDK.CAPTCHA.0007": 400 },
  },
  // bc:ciam/api/v2/sdk/user-self-service/update-email.html (cut in the error table's 2nd row, mid-message)
  {
    operationId: "updateEmail",
    tag: "CIAM",
    method: "POST",
    path: "/api/v2/sdk/profile/update-email",
    requiredHeaders: [...DEVICE, "Authorization"],
    body: ["email", "verify_code"],
    statuses: [],
    emptySuccess: true,
    errors: { "IDAAS.SDK.PARAM.0016": 400, "IDAAS.SDK.PARAM.0001": 400, "IDAAS.SDK.PARAM.0002": 400 },
    fromOtherPages: { "IDAAS.SDK.CAPTCHA.0007": 400 },
  },
  // bc:ciam/api/v2/sdk/captcha/get-country-codes.html (every copy cut inside the example's list; fields: the
  // Huawei mirror's ListCountryCodes)
  {
    operationId: "listCountryCodes",
    tag: "CIAM",
    method: "GET",
    path: "/api/v2/sdk/country-codes",
    requiredHeaders: DEVICE,
    statuses: [],
    errors: {},
    fromOtherPages: { "IDAAS.SDK.PARAM.0001": 400, "IDAAS.SDK.PARAM.0002": 400 },
  },
];

const documents = { eiam: loadSpec("eiam"), ciam: loadSpec("ciam") } satisfies Record<Product, SpecDocument>;
const productOf = (page: Page) => page.tag.toLowerCase() as Product;

describe.each(pages)("$tag $operationId ($method $path)", (page) => {
  const document = documents[productOf(page)];
  const operation = getOperation(document, page.operationId);

  test("has the page's method and path, tagged with its product", () => {
    expect([operation.method, operation.path, operation.tags]).toEqual([page.method, page.path, [page.tag]]);
  });

  test("requires exactly the page's headers and offers the optional ones", () => {
    const required = operation.headers.filter((header) => header.required).map((header) => header.name);
    const optional = operation.headers.filter((header) => !header.required).map((header) => header.name);
    expect(required.sort()).toEqual([...page.requiredHeaders].sort());
    expect(optional.sort()).toEqual([...OPTIONAL].sort());
  });

  test("requires the page's body fields, as JSON, or takes no body", () => {
    if (!page.body) return expect(operation.requestBody).toBeUndefined();
    expect(operation.requestBody?.mediaType).toBe("application/json");
    expect(operation.requestBody?.requiredFields.sort()).toEqual([...page.body].sort());
  });

  test("answers 200 with the page's status values", () => {
    const ok = operation.responses.find((response) => response.status === 200);
    expect(ok).toBeDefined();
    const schema = ok?.schema ? resolve<SpecDocument>(document, ok.schema) : undefined;
    const statuses = schema?.discriminator
      ? Object.keys(schema.discriminator.mapping)
      : [schema?.properties?.status?.const].filter(Boolean);
    expect(statuses.sort()).toEqual([...page.statuses].sort());
  });

  test("answers 200 with a body, or with none where the page shows none", () => {
    const ok = operation.responses.find((response) => response.status === 200);
    expect(ok?.mediaType).toBe(page.emptySuccess ? undefined : "application/json");
  });

  test.runIf(page.successFields)("answers 200 with the fields of the page's success example", () => {
    const ok = operation.responses.find((response) => response.status === 200);
    const schema = resolve<SpecDocument>(document, ok?.schema);
    expect(Object.keys(schema.properties)).toEqual(page.successFields);
    expect(Object.keys(ok?.examples[0]?.value ?? {})).toEqual(page.successFields);
  });

  test("documents the page's error codes with their HTTP status", () => {
    const errors = Object.fromEntries(operation.errors.map((error) => [error.code, error.httpStatus]));
    expect(errors).toEqual({ ...page.errors, ...page.fromOtherPages });
  });
});

test("the SMS scenario type is an enum of the seven documented scenarios, each described", () => {
  const type = documents.eiam.components.schemas.SmsType;
  const scenarios = [
    "LOGIN_SMS",
    "REGISTER_SMS",
    "MFA_AUTH_SMS",
    "FORGET_PWD_SMS",
    "CHANGE_PWD_SMS",
    "BIND_MOBILE_SMS",
    "UPDATE_MOBILE_SMS",
  ];
  expect(type.enum).toEqual(scenarios);
  expect(Object.keys(type["x-enumDescriptions"])).toEqual(scenarios);
});

test("the EIAM email scenario type is an enum of the page's seven scenarios, each described", () => {
  const type = documents.eiam.components.schemas.EmailType;
  const scenarios = [
    "LOGIN_EMS",
    "REGISTER_EMS",
    "MFA_AUTH_EMS",
    "FORGET_PWD_EMS",
    "CHANGE_PWD_EMS",
    "BIND_EMAIL_EMS",
    "UPDATE_EMAIL_EMS",
  ];
  expect(type.enum).toEqual(scenarios);
  expect(Object.keys(type["x-enumDescriptions"])).toEqual(scenarios);
});

test.each([
  [
    "CIAM SMS",
    "CiamSmsType",
    ["REGISTER_SMS", "LOGIN_SMS", "FORGET_PWD_SMS", "UPDATE_PWD_SMS", "UPDATE_MOBILE_SMS", "BIND_MOBILE_SMS"],
  ],
  [
    "CIAM email",
    "CiamEmailType",
    ["REGISTER_EMS", "LOGIN_EMS", "FORGET_PWD_EMS", "BIND_EMAIL_EMS", "UPDATE_PWD_EMS", "UPDATE_EMAIL_EMS"],
  ],
])("the %s scenario type is an enum of the page's six scenarios, each described", (_, name, scenarios) => {
  const type = documents.ciam.components.schemas[name];
  expect(type.enum).toEqual(scenarios);
  expect(Object.keys(type["x-enumDescriptions"])).toEqual(scenarios);
});

test("the CIAM send calls take their own scenario types, not EIAM's", () => {
  for (const [operationId, type] of [
    ["sendSmsCode", "CiamSmsType"],
    ["sendEmailCode", "CiamEmailType"],
  ] as const) {
    const body = resolve<SpecDocument>(documents.ciam, getOperation(documents.ciam, operationId).requestBody?.schema);
    expect(body.properties.type.$ref, operationId).toBe(`#/components/schemas/${type}`);
  }
});

test("content-type is the request body's media type, never a header parameter", () => {
  for (const page of pages) {
    const operationId = page.operationId;
    const names = getOperation(documents[productOf(page)], operationId).headers.map((header) =>
      header.name.toLowerCase(),
    );
    expect(names, operationId).not.toContain("content-type");
  }
});

test("every error has its English message and action, and a Chinese message exactly where a page gives one", () => {
  for (const page of pages) {
    for (const error of getOperation(documents[productOf(page)], page.operationId).errors) {
      expect(error.message, `${page.operationId} ${error.code}`).toBeTruthy();
      expect(error.action, `${page.operationId} ${error.code}`).toBeTruthy();
      expect(Boolean(error.messageZh), `${page.operationId} ${error.code} messageZh`).toBe(!NO_CHINESE.has(error.code));
    }
  }
});

test("the message of IDAAS.SDK.CAPTCHA.0006 is the fragment the page shows, with no invented end", () => {
  const error = getOperation(documents.ciam, "sendSmsCode").errors[0];
  expect([error?.message, error?.example.error_msg]).toEqual([
    "Failed to send verification c",
    "Failed to send verification c",
  ]);
});

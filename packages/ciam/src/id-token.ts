export {
  decodeIdToken,
  type IdTokenClaims,
  type IdTokenUser,
  type VerifyIdTokenOptions,
  verifyIdToken,
} from "@idaas-sdk/core/id-token";

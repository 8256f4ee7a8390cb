export {
  createIdTokenVerifier,
  decodeIdToken,
  type IdTokenClaims,
  type IdTokenTenant,
  type IdTokenUser,
  type IdTokenVerifier,
  type IdTokenVerifierOptions,
  type VerifiedIdTokenClaims,
  type VerifyIdTokenOptions,
  verifyIdToken,
} from "@idaas-sdk/core/id-token";

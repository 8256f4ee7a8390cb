// `@idaas-sdk/eiam/messages`: the spec's English and Chinese message of each documented error code, and what to do
// about it. Its own entry, so that the main one does not carry the catalogue.
export {
  type DocumentedErrorCode,
  describeError,
  type ErrorDescription,
  type ErrorLanguage,
  isDocumentedErrorCode,
} from "./generated/messages.js";

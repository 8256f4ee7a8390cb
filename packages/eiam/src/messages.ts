// `@idaas-sdk/eiam/messages`: the spec's English and Chinese message of each documented error code, and what to do
// about it. Its own entry, so that the main one does not carry the catalogue.
export * from "./generated/messages.js";

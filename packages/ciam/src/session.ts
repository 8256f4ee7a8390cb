// `@idaas-sdk/ciam/session`: a session that refreshes itself, out of the main bundle (generated: it differs between
// the products by their name only).
export * from "./generated/session.js";

// `@idaas-sdk/eiam/functions`: each operation as a standalone function of the client core, so that a bundler drops
// every operation a page does not import. The client's methods call the same functions.
export * from "./generated/functions.js";

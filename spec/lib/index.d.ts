export * from "./catalog.js";
export type Product = "all" | "eiam" | "ciam";
/** A parsed OpenAPI document: untyped JSON. */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is arbitrary JSON, walked by key
export type SpecDocument = Record<string, any>;
/** Absolute path of a bundle: the whole API ("all") or one product line. */
export function specPath(product?: Product): string;
/** Reads and parses a bundle; a fresh copy each call, so callers may change it. */
export function loadSpec(product?: Product): SpecDocument;

import type { CatalogOperation } from "./catalog.js";

export * from "./catalog.js";
export type Product = "eiam" | "ciam";
/** The two products, one OpenAPI document each. */
export const PRODUCTS: readonly Product[];
/** A parsed OpenAPI document: untyped JSON. */
// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is arbitrary JSON, walked by key
export type SpecDocument = Record<string, any>;
/** Absolute path of a product's bundle, JSON (default) or YAML. */
export function specPath(product: Product, format?: "json" | "yaml"): string;
/** Reads and parses a product's bundle; a fresh copy each call, so callers may change it. */
export function loadSpec(product: Product): SpecDocument;
/** The operations of both products, each with its `product`. */
export function listAllOperations(): CatalogOperation[];

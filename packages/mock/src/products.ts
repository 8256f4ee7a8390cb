import type { Product } from "@idaas-sdk/spec";

/** The bundles the mock can serve: the whole API or one product line. */
export const PRODUCTS: readonly Product[] = ["all", "eiam", "ciam"];

export const isProduct = (value: string): value is Product => (PRODUCTS as readonly string[]).includes(value);

// The products the mock serves, each under its own base path on the one port.
import { PRODUCTS, type Product } from "@idaas-sdk/spec";

export { PRODUCTS, type Product };

export const isProduct = (value: unknown): value is Product => (PRODUCTS as readonly unknown[]).includes(value);

/** Where a product's endpoints live on the mock: `/eiam/api/v2/sdk/sms/send` is EIAM's `/api/v2/sdk/sms/send`. */
export const basePath = (product: Product): string => `/${product}`;

/** Where the mock listens unless told otherwise (`npm start`, the CLI, `startMock()`). */
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 4010;

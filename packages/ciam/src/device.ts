// `@idaas-sdk/ciam/device`: the device of a browser app for the client's `device` option, out of the main bundle.
export * from "@idaas-sdk/core/device";

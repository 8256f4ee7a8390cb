// `@idaas-sdk/ciam/device`: the device of a browser app for the client's `device` option, out of the main bundle.
export {
  type BrowserDeviceOptions,
  browserDevice,
  DEVICE_STORAGE_KEY,
  type DeviceStorage,
} from "@idaas-sdk/core/device";

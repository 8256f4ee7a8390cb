// The CIAM client, one per language: the service writes its messages in the language of the X-L header.
import { type CiamClient, createCiamClient } from "@idaas-sdk/ciam";
import { browserDevice } from "@idaas-sdk/ciam/device";
import type { LoginPageConfig } from "./config.js";
import { language } from "./language.js";
import type { Language } from "./texts.js";

/** Returns the client of the page's current language (made on first use). */
export function clients(config: LoginPageConfig): () => CiamClient {
  const made = new Map<Language, CiamClient>();
  // A random fingerprint kept in local storage, the browser's user agent and platform.
  const device = browserDevice({ appName: "idaas-login-page/1.0" });
  return () => {
    const wanted = language();
    let client = made.get(wanted);
    if (!client) {
      client = createCiamClient({ baseUrl: config.baseUrl, clientId: config.clientId, device, language: wanted });
      made.set(wanted, client);
    }
    return client;
  };
}

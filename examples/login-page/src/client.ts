// The CIAM client, one per language: the service writes its messages in the language of the X-L header.
import { type CiamClient, createCiamClient } from "@idaas-sdk/ciam";
import type { LoginPageConfig } from "./config.js";
import { language } from "./language.js";
import type { Language } from "./texts.js";

const DEVICE_KEY = "idaas-login-page-device";

/** A stable id of this browser for the X-device-fingerprint header: made once, kept in local storage. */
function deviceId(): string {
  try {
    const saved = localStorage.getItem(DEVICE_KEY);
    if (saved) return saved;
    const made = crypto.randomUUID();
    localStorage.setItem(DEVICE_KEY, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}

/** Returns the client of the page's current language (made on first use). */
export function clients(config: LoginPageConfig): () => CiamClient {
  const made = new Map<Language, CiamClient>();
  const device = { osVersion: "web", fingerprint: deviceId(), agent: navigator.userAgent };
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

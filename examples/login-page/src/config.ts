// The page's settings: config.json beside index.html (public/config.json here), read when the page opens, so a
// deployment changes them without a rebuild. The defaults are npm start's emulator; see the README for a tenant.

export interface LoginPageConfig {
  /** The tenant's CIAM address, e.g. https://your-tenant.example.com (the emulator: http://127.0.0.1:4010/ciam). */
  baseUrl: string;
  /** The application's client id; the id_token's audience. */
  clientId: string;
}

/** Why the page cannot start: its message names the setting and the file. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export async function loadConfig(url = new URL("config.json", document.baseURI)): Promise<LoginPageConfig> {
  const response = await fetch(url, { cache: "no-store" }).catch(() => undefined);
  if (!response?.ok) throw new ConfigError(`${url.pathname} could not be read`);
  const value: unknown = await response.json().catch(() => undefined);
  const field = (name: keyof LoginPageConfig) => {
    const text = (value as Partial<Record<string, unknown>> | undefined)?.[name];
    if (typeof text !== "string" || text.trim() === "") {
      throw new ConfigError(`${url.pathname} needs "${name}", a non-empty string`);
    }
    return text.trim();
  };
  return { baseUrl: field("baseUrl").replace(/\/+$/, ""), clientId: field("clientId") };
}

/** Where a tenant's id_tokens come from, and its signing keys (JWKS): under its base URL, as the vendor's pages say. */
export const idTokenIssuer = (config: LoginPageConfig) => ({
  issuer: `${config.baseUrl}/api/v1/oauth2`,
  jwksUri: `${config.baseUrl}/api/v1/oauth2/keys`,
  audience: config.clientId,
});

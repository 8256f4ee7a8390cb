// Signed in: the id_token verified against the tenant's keys (verifyIdToken: signature, issuer, audience, expiry),
// and what it says about the user. The tokens stay in memory; none is shown or logged.
import type { LoginSuccessResult } from "@idaas-sdk/ciam";
import { type IdTokenClaims, verifyIdToken } from "@idaas-sdk/ciam/id-token";
import { idTokenIssuer, type LoginPageConfig } from "./config.js";
import { byId, say, showScreen } from "./dom.js";
import { errorMessage } from "./errors.js";
import { language, onLanguageChange, t } from "./language.js";
import type { Texts } from "./texts.js";

type ClaimName = keyof Texts["claims"];

/** The claims shown, in order, each as text (dates in the page's language). */
function claimValues(claims: IdTokenClaims): [ClaimName, string][] {
  const user = claims.api ?? {};
  const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
  const dates = new Intl.DateTimeFormat(language() === "zh" ? "zh-CN" : "en", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const date = (seconds: unknown) => (typeof seconds === "number" ? dates.format(seconds * 1000) : undefined);
  const rows: [ClaimName, string | undefined][] = [
    ["name", text(user.name) ?? text(claims.name)],
    ["userName", text(user.userName) ?? text(claims.userName)],
    ["mobile", text(user.mobile) ?? text(claims.mobile)],
    ["email", text(user.email) ?? text(claims.email)],
    ["sub", text(claims.sub)],
    ["iss", text(claims.iss)],
    ["aud", Array.isArray(claims.aud) ? claims.aud.join(", ") : text(claims.aud)],
    ["iat", date(claims.iat)],
    ["exp", date(claims.exp)],
  ];
  return rows.filter((row): row is [ClaimName, string] => row[1] !== undefined);
}

export function signedIn(config: LoginPageConfig, signOut: () => void) {
  const title = byId("signed-in-title");
  const status = byId("signed-in-status");
  const list = byId("claims");
  let session: { result: LoginSuccessResult; claims?: IdTokenClaims } | undefined;

  function showClaims() {
    const claims = session?.claims;
    if (!claims) return list.replaceChildren();
    list.replaceChildren(
      ...claimValues(claims).flatMap(([name, value]) => {
        const term = document.createElement("dt");
        term.textContent = t().claims[name];
        const detail = document.createElement("dd");
        detail.textContent = value;
        return [term, detail];
      }),
    );
  }
  onLanguageChange(showClaims);

  byId("sign-out").addEventListener("click", () => {
    session = undefined; // forget the tokens
    list.replaceChildren();
    signOut();
  });

  /** Shows the screen for a login's SUCCESS, and verifies its id_token. */
  async function start(result: LoginSuccessResult) {
    const current = { result } as NonNullable<typeof session>;
    session = current;
    list.replaceChildren();
    say(title, () => t().verifying);
    say(status);
    showScreen("signed-in");
    try {
      current.claims = await verifyIdToken(result.idToken, idTokenIssuer(config));
    } catch (cause) {
      say(title, () => t().signInTitle);
      say(status, () => errorMessage(cause));
      return;
    }
    if (session !== current) return; // signed out meanwhile
    const [, name = ""] = claimValues(current.claims).find(([claim]) => claim === "name" || claim === "userName") ?? [];
    say(title, () => t().welcome(name));
    say(status, () => t().verified(result.expire));
    showClaims();
    title.focus();
  }

  return { start };
}

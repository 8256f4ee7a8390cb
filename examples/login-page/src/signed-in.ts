// Signed in: the id_token verified against the tenant's keys (verifyIdToken: signature, issuer, audience, expiry),
// and what it says about the user. The tokens are kept by a session (@idaas-sdk/ciam/session) in this tab's
// sessionStorage: a reload keeps the user signed in, closing the tab signs out, and the id_token is refreshed with
// refreshIdToken when it nears its expiry. None is shown or logged.
import type { CiamClient, LoginSuccessResult } from "@idaas-sdk/ciam";
import { type IdTokenClaims, verifyIdToken } from "@idaas-sdk/ciam/id-token";
import { createSession, IdaasSessionError, sessionStorageAdapter } from "@idaas-sdk/ciam/session";
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

export function signedIn(config: LoginPageConfig, client: () => CiamClient, signOut: () => void) {
  const title = byId("signed-in-title");
  const status = byId("signed-in-status");
  const list = byId("claims");
  const pageError = byId("page-error");
  // The refresh goes through the client of the page's language at the time.
  const session = createSession({
    client: { refreshIdToken: (input) => client().refreshIdToken(input) },
    storage: sessionStorageAdapter(),
  });
  /** The claims shown; undefined when no one is signed in. */
  let shown: { claims?: IdTokenClaims } | undefined;

  function showClaims() {
    const claims = shown?.claims;
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

  // Signed out here or, for a session that ran out or whose refresh was refused, told why.
  session.onChange((event) => {
    if (event.type !== "signedOut" && event.type !== "expired") return;
    shown = undefined;
    list.replaceChildren();
    if (event.type === "expired") say(pageError, () => t().sessionEnded);
    signOut();
  });
  byId("sign-out").addEventListener("click", () => void session.signOut());

  /**
   * Shows the signed-in screen with the session's id_token verified, after `begin` (a session's start); `stay` says
   * for how long the user stays signed in.
   */
  async function show(stay: () => string, begin?: () => Promise<void>) {
    const current: NonNullable<typeof shown> = {};
    shown = current;
    list.replaceChildren();
    say(pageError);
    say(title, () => t().verifying);
    say(status);
    showScreen("signed-in");
    try {
      await begin?.();
      current.claims = await verifyIdToken(await session.getIdToken(), idTokenIssuer(config));
    } catch (cause) {
      if (shown !== current) return; // signed out meanwhile
      if (cause instanceof IdaasSessionError) return; // the session ended: onChange shows the sign-in screen
      say(title, () => t().signInTitle);
      say(status, () => errorMessage(cause));
      return;
    }
    if (shown !== current) return; // signed out meanwhile
    const [, name = ""] = claimValues(current.claims).find(([claim]) => claim === "name" || claim === "userName") ?? [];
    say(title, () => t().welcome(name));
    say(status, stay);
    showClaims();
    title.focus();
  }

  /** Starts the session with a login's SUCCESS, and shows it. */
  const start = (result: LoginSuccessResult) =>
    show(
      () => t().verified(result.expire),
      () => session.start(result),
    );

  /** Shows the session kept in this tab, if there is one (after a reload); resolves whether there was. */
  async function resume(): Promise<boolean> {
    try {
      await session.getIdToken();
    } catch {
      return false; // no session kept, it ran out, or it cannot be refreshed now: sign in
    }
    await show(() => t().resumed);
    return true;
  }

  return { start, resume };
}

// After PASSWORD_WARN (change now, or skip for now) or PASSWORD_EXPIRED (change): the tenant's password policy as a
// list of rules, each marked as the user types (checkPassword), then updatePassword or skipPasswordUpdate.
import {
  type CiamClient,
  checkPassword,
  isIdaasApiError,
  type LoginSuccessResult,
  type PasswordExpiredResult,
  type PasswordUpdateResult,
  type PasswordWarnResult,
} from "@idaas-sdk/ciam";
import { byId, clearMarksOnInput, invalid, say, showScreen, whileBusy } from "./dom.js";
import { errorMessage } from "./errors.js";
import { onLanguageChange, t } from "./language.js";

export interface PasswordChangeSteps {
  signedIn(result: LoginSuccessResult): void;
  /** Back to the sign-in screen, with why when it was not the user's choice. */
  signInAgain(why?: () => string): void;
}

interface Rule {
  met: boolean;
  text: () => string;
}

export function passwordChange(client: () => CiamClient, steps: PasswordChangeSteps) {
  const form = byId<HTMLFormElement>("change-form");
  const title = byId("change-title");
  const intro = byId("change-intro");
  const fresh = byId<HTMLInputElement>("change-new");
  const repeat = byId<HTMLInputElement>("change-repeat");
  const rules = byId<HTMLUListElement>("change-rules");
  const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const skip = byId<HTMLButtonElement>("change-skip");
  const error = byId("change-error");
  if (!submit) throw new Error("index.html has no submit button in #change-form");
  clearMarksOnInput(form, error);

  let login: { result: PasswordWarnResult | PasswordExpiredResult; oldPassword: string } | undefined;

  /** The policy's rules and the repeat, each met or not by what is typed now. */
  function currentRules(): Rule[] {
    if (!login) return [];
    const { passwordPolicy: policy } = login.result;
    const broken = checkPassword(fresh.value, policy);
    return [
      {
        met: !broken.includes("minLength") && !broken.includes("maxLength"),
        text: () => t().ruleLength(policy.minLength, policy.maxLength),
      },
      // The tenant's pattern, in the tenant's words (its `tip` is in the tenant's language, whatever the page's).
      { met: fresh.value !== "" && !broken.includes("regEx"), text: () => policy.tip || t().ruleTenant },
      { met: fresh.value !== "" && repeat.value === fresh.value, text: () => t().ruleMatch },
    ];
  }

  function showRules() {
    rules.replaceChildren(
      ...currentRules().map((rule) => {
        const item = document.createElement("li");
        // Unmet rules show as broken once the user tried to submit with them.
        item.className = rule.met ? "met" : form.dataset.tried === undefined ? "unmet" : "broken";
        const state = document.createElement("span");
        state.className = "visually-hidden";
        state.textContent = `${rule.met ? t().ruleMet : t().ruleBroken}: `;
        item.append(state, rule.text());
        return item;
      }),
    );
  }
  form.addEventListener("input", showRules);
  onLanguageChange(showRules);

  /** SUCCESS: signed in; ACCESS_DENIED: said here. */
  function finish(result: PasswordUpdateResult) {
    switch (result.status) {
      case "SUCCESS":
        login = undefined;
        form.reset();
        steps.signedIn(result);
        break;
      case "ACCESS_DENIED":
        say(error, () => t().accessDenied);
        break;
      default:
        result satisfies never; // a status this page does not handle does not compile
    }
  }

  function failed(cause: unknown) {
    if (isIdaasApiError(cause, "IDAAS.SDK.PARAM.0014")) {
      // The state token is spent or expired: only a new login gives another.
      leave(() => errorMessage(cause));
      return;
    }
    invalid(fresh, error, () => errorMessage(cause));
  }

  function leave(why?: () => string) {
    login = undefined;
    form.reset();
    say(error);
    steps.signInAgain(why);
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const current = login;
    if (!current) return;
    if (currentRules().some((rule) => !rule.met)) {
      form.dataset.tried = "";
      showRules();
      return invalid(fresh, error, () => t().rulesBroken);
    }
    say(error);
    void whileBusy(submit, async () => {
      try {
        const { stateToken } = current.result;
        finish(
          await client().updatePassword({ stateToken, oldPassword: current.oldPassword, newPassword: fresh.value }),
        );
      } catch (cause) {
        failed(cause);
      }
    });
  });

  skip.addEventListener("click", () => {
    const current = login;
    if (current?.result.status !== "PASSWORD_WARN") return;
    say(error);
    void whileBusy(skip, async () => {
      try {
        finish(await client().skipPasswordUpdate({ stateToken: current.result.stateToken }));
      } catch (cause) {
        failed(cause);
      }
    });
  });

  byId("change-cancel").addEventListener("click", () => leave());

  /** Shows the screen for the login's PASSWORD_WARN or PASSWORD_EXPIRED. */
  function start(result: PasswordWarnResult | PasswordExpiredResult, oldPassword: string) {
    login = { result, oldPassword };
    const warn = result.status === "PASSWORD_WARN";
    say(title, () => (warn ? t().warnTitle : t().expiredTitle));
    say(intro, () => (warn ? t().warnIntro : t().expiredIntro));
    skip.hidden = !warn;
    form.reset();
    delete form.dataset.tried;
    say(error);
    showRules();
    showScreen("change");
  }

  return { start };
}

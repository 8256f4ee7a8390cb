// Sign in with the mobile number and the password: loginWithMobilePassword, and each of its four statuses.
import type { CiamClient, LoginSuccessResult, PasswordExpiredResult, PasswordWarnResult } from "@idaas-sdk/ciam";
import { byId, clearMarksOnInput, invalid, say, whileBusy } from "./dom.js";
import { errorMessage } from "./errors.js";
import { t } from "./language.js";

export interface PasswordLoginSteps {
  signedIn(result: LoginSuccessResult): void;
  /** PASSWORD_WARN or PASSWORD_EXPIRED: the password-change screen, with the password just typed (the old one). */
  changePassword(result: PasswordWarnResult | PasswordExpiredResult, oldPassword: string): void;
}

export function passwordLogin(client: () => CiamClient, steps: PasswordLoginSteps) {
  const form = byId<HTMLFormElement>("password-form");
  const mobile = byId<HTMLInputElement>("password-mobile");
  const password = byId<HTMLInputElement>("password-current");
  const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
  const error = byId("password-error");
  if (!submit) throw new Error("index.html has no submit button in #password-form");
  clearMarksOnInput(form, error);

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!mobile.value.trim()) return invalid(mobile, error, () => t().mobileRequired);
    if (!password.value) return invalid(password, error, () => t().passwordRequired);
    say(error);
    void whileBusy(submit, async () => {
      try {
        const result = await client().loginWithMobilePassword({
          mobile: mobile.value.trim(),
          password: password.value,
        });
        switch (result.status) {
          case "SUCCESS":
            steps.signedIn(result);
            break;
          case "PASSWORD_WARN":
          case "PASSWORD_EXPIRED":
            steps.changePassword(result, password.value);
            break;
          case "ACCESS_DENIED":
            say(error, () => t().accessDenied);
            break;
          default:
            result satisfies never; // a status this page does not handle does not compile
        }
        if (result.status !== "ACCESS_DENIED") password.value = "";
      } catch (loginError) {
        invalid(password, error, () => errorMessage(loginError));
        password.select();
      }
    });
  });

  /** Shows `message` under the form (e.g. why the user is back here), or clears it. */
  const tell = (message?: () => string) => say(error, message);
  return { tell };
}

// The login page: reads config.json, then wires the screens. Sign in by SMS code or by password → (password change
// or skip) → signed in, with the id_token verified.
import { defineSliderCaptcha } from "@idaas-sdk/captcha";
import type { LoginSuccessResult } from "@idaas-sdk/ciam";
import { clients } from "./client.js";
import { ConfigError, loadConfig } from "./config.js";
import { byId, say, showScreen } from "./dom.js";
import { applyTexts, language, setLanguage, t } from "./language.js";
import { passwordChange } from "./password-change.js";
import { passwordLogin } from "./password-login.js";
import { signedIn } from "./signed-in.js";
import { smsLogin } from "./sms-login.js";

defineSliderCaptcha();
applyTexts();

const languages = byId<HTMLSelectElement>("language");
languages.value = language();
languages.addEventListener("change", () => setLanguage(languages.value));

/** The two ways in: SMS code or password, one form shown at a time; the number typed follows the switch. */
function methodSwitch() {
  const forms = { sms: byId<HTMLFormElement>("sms-form"), password: byId<HTMLFormElement>("password-form") };
  const mobiles = { sms: byId<HTMLInputElement>("sms-mobile"), password: byId<HTMLInputElement>("password-mobile") };
  const radios = [...document.querySelectorAll<HTMLInputElement>("input[name=method]")];
  const choose = (method: "sms" | "password") => {
    const other = method === "sms" ? "password" : "sms";
    if (!mobiles[method].value && !mobiles[other].readOnly) mobiles[method].value = mobiles[other].value;
    forms[method].hidden = false;
    forms[other].hidden = true;
    for (const radio of radios) radio.checked = radio.value === method;
  };
  for (const radio of radios) {
    radio.addEventListener("change", () => choose(radio.value === "password" ? "password" : "sms"));
  }
  // "Having trouble with the puzzle? Sign in with your password"
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-method=password]")) {
    button.addEventListener("click", () => {
      choose("password");
      (mobiles.password.value ? byId("password-current") : mobiles.password).focus();
    });
  }
  return { choose };
}

async function start() {
  let config: Awaited<ReturnType<typeof loadConfig>>;
  try {
    config = await loadConfig();
  } catch (error) {
    const problem = error instanceof ConfigError ? error.message : "config.json could not be read";
    say(byId("page-error"), () => t().notConfigured(problem));
    for (const control of document.querySelectorAll<HTMLInputElement | HTMLButtonElement>(
      ".screen :is(input, button)",
    )) {
      control.disabled = true;
    }
    return;
  }
  const client = clients(config);
  const methods = methodSwitch();
  // Each screen hands on to the next: a login's SUCCESS to the session, a password status to the change screen.
  const session = signedIn(config, client, () => {
    sms.reset(); // signed out: the next sign-in starts clean
    showScreen("sign-in");
  });
  const toSession = (result: LoginSuccessResult) => void session.start(result);
  const sms = smsLogin(client, toSession);
  const password = passwordLogin(client, {
    signedIn: toSession,
    changePassword: (result, oldPassword) => change.start(result, oldPassword),
  });
  const change = passwordChange(client, {
    signedIn: toSession,
    signInAgain: (why) => {
      methods.choose("password");
      password.tell(why);
      showScreen("sign-in");
    },
  });
  await session.resume(); // a session kept in this tab (a reload): signed in still
}

void start();

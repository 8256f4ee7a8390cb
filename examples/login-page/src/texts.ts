// Every word the page shows, in English and Chinese. Markup names its texts with data-t="key"; the rest are built
// here from values (a masked number, a policy's lengths, a date).

export type Language = "en" | "zh";
export const LANGUAGES: readonly Language[] = ["en", "zh"];

type Unit = "day" | "hour" | "minute";
/** A lifetime in seconds as a whole number of its largest fitting unit: 432000 → [5, "day"]. */
function span(seconds: number): [number, Unit] {
  if (seconds >= 2 * 86_400) return [Math.round(seconds / 86_400), "day"];
  if (seconds >= 2 * 3_600) return [Math.round(seconds / 3_600), "hour"];
  return [Math.max(1, Math.round(seconds / 60)), "minute"];
}
const ZH_UNITS: Record<Unit, string> = { day: "天", hour: "小时", minute: "分钟" };

const en = {
  documentTitle: "Sign in · Example app",
  brand: "Example app",
  language: "Language",
  signInTitle: "Sign in",
  signInIntro: "Use your mobile number.",
  method: "Sign-in method",
  methodSms: "SMS code",
  methodPassword: "Password",
  mobile: "Mobile number",
  sendCode: "Send code",
  captchaTitle: "Security check",
  captchaHint: "Slide the piece into the gap, and we will text you a code.",
  captchaTrouble: "Having trouble with the puzzle?",
  usePassword: "Sign in with your password",
  sending: "Sending the code…",
  codeSent: (mobile: string) => `We texted a code to ${mobile}.`,
  code: "Verification code",
  signIn: "Sign in",
  signingIn: "Signing in…",
  resend: "Send a new code",
  changeNumber: "Use another number",
  password: "Password",
  mobileRequired: "Enter your mobile number.",
  codeRequired: "Enter the code we texted you.",
  passwordRequired: "Enter your password.",
  expiredTitle: "Your password has expired",
  expiredIntro: "Choose a new password to finish signing in.",
  warnTitle: "Your password expires soon",
  warnIntro: "Choose a new password now, or keep this one for now.",
  newPassword: "New password",
  repeatPassword: "Repeat the new password",
  rulesTitle: "Your new password needs:",
  ruleLength: (min: number, max: number) => `${min} to ${max} characters`,
  ruleTenant: "the service's other password rules",
  ruleMatch: "the same entry twice",
  ruleMet: "done",
  ruleBroken: "not yet",
  rulesBroken: "The new password does not meet every rule yet.",
  changePassword: "Change password and sign in",
  skip: "Not now",
  backToSignIn: "Back to sign in",
  welcome: (name: string) => (name ? `Welcome, ${name}` : "Welcome"),
  verifying: "Checking your sign-in…",
  verified: (seconds: number) => {
    const [count, unit] = span(seconds);
    return `You are signed in for ${count} ${unit}${count === 1 ? "" : "s"}. Your id_token is verified against the service's keys, and says:`;
  },
  resumed:
    "You are still signed in: this tab kept your session. Your id_token is verified against the service's keys, and says:",
  sessionEnded: "Your session has ended. Sign in again.",
  claims: {
    name: "Name",
    userName: "User name",
    mobile: "Mobile",
    email: "Email",
    sub: "Subject (sub)",
    iss: "Issuer (iss)",
    aud: "Audience (aud)",
    iat: "Issued",
    exp: "Expires",
  },
  signOut: "Sign out",
  accessDenied: "This account may not sign in to this app.",
  captchaTokenRefused: "The security check has expired. Slide the puzzle again.",
  stateTokenRefused: "This password change has expired. Sign in again.",
  network: "Cannot reach the sign-in service. Check your connection and try again.",
  timeout: "The sign-in service did not answer in time. Try again.",
  badToken: "Your sign-in could not be verified. Sign in again.",
  unexpected: "Something went wrong. Try again.",
  notConfigured: (problem: string) => `This page is not set up yet: ${problem}`,
};

export type Texts = typeof en;

const zh: Texts = {
  documentTitle: "登录 · 示例应用",
  brand: "示例应用",
  language: "语言",
  signInTitle: "登录",
  signInIntro: "使用手机号登录。",
  method: "登录方式",
  methodSms: "短信验证码",
  methodPassword: "密码",
  mobile: "手机号",
  sendCode: "获取验证码",
  captchaTitle: "安全验证",
  captchaHint: "将拼图滑入缺口，我们会向您发送短信验证码。",
  captchaTrouble: "拼图有困难？",
  usePassword: "改用密码登录",
  sending: "正在发送验证码…",
  codeSent: (mobile) => `验证码已发送至 ${mobile}。`,
  code: "验证码",
  signIn: "登录",
  signingIn: "正在登录…",
  resend: "重新获取验证码",
  changeNumber: "更换手机号",
  password: "密码",
  mobileRequired: "请输入手机号。",
  codeRequired: "请输入短信验证码。",
  passwordRequired: "请输入密码。",
  expiredTitle: "您的密码已过期",
  expiredIntro: "请设置新密码以完成登录。",
  warnTitle: "您的密码即将过期",
  warnIntro: "请现在设置新密码，或暂时继续使用当前密码。",
  newPassword: "新密码",
  repeatPassword: "再次输入新密码",
  rulesTitle: "新密码需要：",
  ruleLength: (min, max) => `${min} 到 ${max} 个字符`,
  ruleTenant: "符合服务的其他密码规则",
  ruleMatch: "两次输入一致",
  ruleMet: "已满足",
  ruleBroken: "未满足",
  rulesBroken: "新密码尚未满足所有规则。",
  changePassword: "修改密码并登录",
  skip: "暂不修改",
  backToSignIn: "返回登录",
  welcome: (name) => (name ? `欢迎，${name}` : "欢迎"),
  verifying: "正在验证您的登录…",
  verified: (seconds) => {
    const [count, unit] = span(seconds);
    return `您已登录，会话有效期 ${count} ${ZH_UNITS[unit]}。您的 id_token 已用服务的公钥验证，其中的信息如下：`;
  },
  resumed: "您在此标签页中仍处于登录状态。您的 id_token 已用服务的公钥验证，其中的信息如下：",
  sessionEnded: "您的会话已结束，请重新登录。",
  claims: {
    name: "姓名",
    userName: "用户名",
    mobile: "手机号",
    email: "邮箱",
    sub: "主体 (sub)",
    iss: "签发者 (iss)",
    aud: "受众 (aud)",
    iat: "签发时间",
    exp: "过期时间",
  },
  signOut: "退出登录",
  accessDenied: "此账号无权登录本应用。",
  captchaTokenRefused: "安全验证已过期，请重新完成拼图。",
  stateTokenRefused: "修改密码的操作已过期，请重新登录。",
  network: "无法连接登录服务，请检查网络后重试。",
  timeout: "登录服务响应超时，请重试。",
  badToken: "无法验证您的登录信息，请重新登录。",
  unexpected: "出现问题，请重试。",
  notConfigured: (problem) => `此页面尚未配置：${problem}`,
};

export const TEXTS: Record<Language, Texts> = { en, zh };

/** The keys whose text is a plain string: what markup may name with data-t. */
export type StaticKey = { [Key in keyof Texts]: Texts[Key] extends string ? Key : never }[keyof Texts];

// The text the CLI (and `npm start`) prints at start: where the mock listens, each product's base URL, and then
// either its endpoints with the outcomes each one can give (examples mode) or the emulator's users and routes.
import { maskEmail, maskMobile } from "@idaas-sdk/core";
import { loadSpec } from "@idaas-sdk/spec";
import { ADMIN_PATH, type IssuedCode, issuerOf, JWKS_PATH } from "./emulator/index.js";
import type { EmulatorUser } from "./emulator/users.js";
import { endpointsOf, preferValues, undocumentedFields } from "./endpoints.js";
import { UNDOCUMENTED } from "./request-rules.js";
import type { RunningMock } from "./start.js";

export function banner(mock: Pick<RunningMock, "url" | "products" | "baseUrl" | "mode" | "emulator">): string {
  return mock.emulator ? emulatorBanner(mock, mock.emulator.users) : examplesBanner(mock);
}

function examplesBanner(mock: Pick<RunningMock, "url" | "products" | "baseUrl">): string {
  const lines = [`IDaaS mock (Prism) at ${mock.url}`];
  for (const product of mock.products) {
    const baseUrl = mock.baseUrl(product);
    lines.push("", `${product.toUpperCase()} at ${baseUrl} (a client's baseUrl)`);
    for (const endpoint of endpointsOf(loadSpec(product))) {
      const { method, path, operationId, tags } = endpoint.operation;
      lines.push(`  ${method} ${baseUrl}${path}  (${operationId}, ${tags.join(", ")})`);
      lines.push(`    Prefer: ${preferValues(endpoint).join(" | ")}`);
      const undocumented = undocumentedFields(endpoint);
      if (undocumented.length > 0) {
        lines.push(`    No vendor error documented when missing (${UNDOCUMENTED.missing}): ${undocumented.join(", ")}`);
      }
    }
  }
  lines.push(
    "",
    'Pick an outcome with the header "Prefer: example=<name>" (or "Prefer: code=<status>"); without it a valid',
    "request gets the success outcome and an invalid one the error the real service gives. Ctrl+C stops.",
    "",
  );
  return lines.join("\n");
}

/** What a user of the emulator can try: how they log in, and what the login gives. */
function describeUser(user: EmulatorUser): string {
  const traits = [
    user.password !== undefined && `password ${user.password}`,
    user.passwordState === "warn" && "password about to expire (PASSWORD_WARN)",
    user.passwordState === "expired" && "password expired (PASSWORD_EXPIRED)",
    user.mfa?.length && `second factor ${user.mfa.join(" or ")} (MFA_AUTH)`,
    user.accessDenied && "refused by the access policy",
    user.disabled && "disabled",
  ].filter((trait): trait is string => typeof trait === "string");
  const who = [user.mobile, user.email, user.name && `(${user.name})`].filter(Boolean).join("  ");
  return `    ${who}${traits.length > 0 ? `  ${traits.join(", ")}` : ""}`;
}

function emulatorBanner(
  mock: Pick<RunningMock, "url" | "products" | "baseUrl">,
  users: Partial<Record<string, EmulatorUser[]>>,
): string {
  const lines = [`IDaaS emulator (stateful, on Prism) at ${mock.url}`];
  for (const product of mock.products) {
    const baseUrl = mock.baseUrl(product);
    const list = users[product] ?? [];
    lines.push(
      "",
      `${product.toUpperCase()} at ${baseUrl} (a client's baseUrl)`,
      `  id_token issuer ${issuerOf(baseUrl)}, JWKS ${baseUrl}${JWKS_PATH}`,
      `  users (${list.length}):`,
      ...list.map(describeUser),
    );
  }
  lines.push(
    "",
    `Codes are printed here as they are sent, and listed at GET ${mock.url}${ADMIN_PATH}codes?to=<mobile or email>.`,
    `The captcha is a real puzzle: GET ${mock.url}${ADMIN_PATH}captchas lists each live challenge with where its piece fits.`,
    `POST ${mock.url}${ADMIN_PATH}clock {"seconds": N} moves its clock forward; POST ${mock.url}${ADMIN_PATH}reset forgets every code, token and failed attempt and puts the clock back.`,
    'The spec\'s examples are still served on request: "Prefer: example=<name>". Ctrl+C stops.',
    "",
  );
  return lines.join("\n");
}

/** The console line of an issued code: the code itself (the point of the emulator), the target masked. */
export function codeLine(code: IssuedCode): string {
  const to = code.channel === "sms" ? maskMobile(code.to) : maskEmail(code.to);
  const until = code.expiresAt.slice(11, 19);
  return `${code.product.toUpperCase()} ${code.channel} code ${code.code} to ${to} (${code.type}), valid until ${until} UTC`;
}

#!/usr/bin/env node
// Writes src/generated/messages.ts of a product client from its bundled spec (spec/dist/<product>.json): per
// documented error code the catalogue's text (`x-idaas-error` of its example: message, messageZh where the vendor
// documents one, action), and describeError, which reads it. Run from the product package, whose
// @idaas-sdk/spec reads the bundle (listOperations), so the catalogue is walked in one place.
//
//   node generate-messages.mjs <bundle.json> <out.ts> <CodeType>
//
// <CodeType> is the product's per-operation code type exported by its src/errors.ts (EiamErrorCode<Op>): the
// generated table must hold exactly the codes of every operation, so the two generators (this one and
// openapi-typescript) are checked against each other.

import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { failWith, readBundle } from "./bundle.mjs";

/** @import { Fail } from "./bundle.mjs" */
/** @typedef {{ message: string, messageZh?: string, action: string }} ErrorText */

/** @type {Fail} */
const fail = failWith("generate-messages");
const [bundlePath, outPath, codeType] = process.argv.slice(2);
if (!bundlePath || !outPath || !/^[A-Z]\w*$/.test(codeType ?? "")) {
  fail("usage: generate-messages.mjs <bundle.json> <out.ts> <CodeType>");
}

const document = readBundle(bundlePath, fail);

/** @type {typeof import("../../../spec/lib/catalog.js")} the product package's @idaas-sdk/spec/catalog */
let catalog;
try {
  const require = createRequire(join(process.cwd(), "package.json"));
  catalog = await import(pathToFileURL(require.resolve("@idaas-sdk/spec/catalog")).href);
} catch (error) {
  fail(`run it from a package that depends on @idaas-sdk/spec: ${/** @type {Error} */ (error).message}`);
}

/** @type {Record<string, ErrorText>} */
const texts = {};
for (const operation of catalog.listOperations(document)) {
  for (const error of operation.errors) {
    const where = `${operation.operationId}: example "${error.exampleName}"`;
    if (typeof error.code !== "string") fail(`${where} has no error_code`);
    if (typeof error.message !== "string" || typeof error.action !== "string") {
      fail(`${where} (${error.code}) needs x-idaas-error with message and action`);
    }
    const text = {
      // A message the vendor's page cuts (x-idaas-error.incomplete) is never shown cut.
      message: catalog.shownMessage(error),
      ...(error.messageZh && { messageZh: error.messageZh }),
      action: error.action,
    };
    const known = texts[error.code];
    if (known && JSON.stringify(known) !== JSON.stringify(text)) {
      fail(`${error.code} has two different texts in the catalogue (${where} differs)`);
    }
    texts[error.code] = text;
  }
}
if (Object.keys(texts).length === 0) fail(`${bundlePath} documents no error codes`);
const sorted = Object.fromEntries(Object.entries(texts).sort(([a], [b]) => (a < b ? -1 : 1)));

writeFileSync(
  outPath,
  `// Generated from the spec bundle by @idaas-sdk/core/scripts/generate-messages.mjs; do not edit. Run the build.
// Typed by the code union of ../errors.ts (from openapi-typescript's ./schema.ts): the two generators must agree.

import type { ${codeType} } from "../errors.js";
import type { OperationId } from "./operations.js";

/**
 * Every error code the spec documents for the product: the union of each operation's ${codeType}<Op> (taken per
 * operation, so that codes of a status only some operations answer, such as a 500, are kept).
 */
export type DocumentedErrorCode = { [Op in OperationId]: ${codeType}<Op> }[OperationId];

/** A language describeError answers in: the two the spec's error catalogue has. */
export type ErrorLanguage = "en" | "zh";

/** The catalogue's text of one error code, as describeError returns it. */
export interface ErrorDescription {
  /** The message, \`{0}\`, \`{1}\`… filled in from \`params\` (those not given are left as they are). */
  message: string;
  /** The language of \`message\`: "en" when "zh" was asked for and the catalogue has no Chinese message. */
  language: ErrorLanguage;
  /** What the app or the user can do about it; in English, the only language the catalogue has actions in. */
  action: string;
}

interface ErrorText {
  message: string;
  messageZh?: string;
  action: string;
}

const texts: Readonly<Record<DocumentedErrorCode, ErrorText>> = ${JSON.stringify(sorted, null, 2)};

/** Whether \`code\` is one the spec documents (and describeError knows), e.g. an IdaasApiError's \`code\`. */
export function isDocumentedErrorCode(code: string): code is DocumentedErrorCode {
  return Object.hasOwn(texts, code);
}

/**
 * The spec's message of a documented error code in \`language\` (English where it has no Chinese one, which
 * \`language\` of the result says), and its action. \`params\` fill in the message's \`{0}\`, \`{1}\`… in order.
 */
export function describeError(
  code: DocumentedErrorCode,
  language: ErrorLanguage,
  params: readonly (string | number)[] = [],
): ErrorDescription {
  if (!isDocumentedErrorCode(code)) throw new Error(\`describeError: "\${code}" is not an error code the spec documents\`);
  if (language !== "en" && language !== "zh") {
    throw new Error(\`describeError: language must be "en" or "zh" (got \${JSON.stringify(language)})\`);
  }
  const text = texts[code];
  const chinese = language === "zh" && text.messageZh !== undefined;
  const template = chinese ? (text.messageZh as string) : text.message;
  const message = template.replace(/\\{(\\d+)\\}/g, (placeholder, index: string) =>
    Number(index) < params.length ? String(params[Number(index)]) : placeholder,
  );
  return { message, language: chinese ? "zh" : "en", action: text.action };
}
`,
);

// Turns a copy of the bundled spec into what the site shows: per operation, the error table and the mock outcomes
// (appended to its description) and a curl sample; plus the getting-started guide as a group of its own.
// Everything here is read from the bundle through @idaas-sdk/spec's catalogue; nothing is restated by hand.
import { listOperations } from "@idaas-sdk/spec";

export const MOCK_URL = "http://127.0.0.1:4010";

const cell = (text) =>
  String(text ?? "—")
    .replaceAll("|", "\\|")
    .replaceAll("\n", " ");
// Lets a long code such as IDAAS.SDK.CAPTCHA.0007 wrap at its dots in a narrow table column.
const breakableCode = (code) => `<code>${code.replaceAll(".", ".<wbr>")}</code>`;
const shellQuote = (text) => `'${String(text).replaceAll("'", `'\\''`)}'`;

/** Every named outcome of an operation, in spec order: what `Prefer: example=<name>` asks the mock for. */
export function mockOutcomes(operation) {
  return operation.responses.flatMap((response) =>
    response.examples.length === 0
      ? [{ name: undefined, status: response.status, summary: response.description }]
      : response.examples.map((example) => ({ name: example.name, status: response.status, summary: example.summary })),
  );
}

/**
 * A curl command for the operation against the mock: its required headers with their spec examples, the `default`
 * request example as body and, when given, a `Prefer` header picking the outcome.
 */
export function curlCommand(operation, { example, multiline = false, baseUrl = MOCK_URL } = {}) {
  const headers = [
    ...(example ? [`Prefer: example=${example}`] : []),
    `Content-Type: ${operation.requestBody?.mediaType ?? "application/json"}`,
    ...operation.headers.filter((header) => header.required).map((header) => `${header.name}: ${header.example}`),
  ];
  const body = operation.requestBody?.examples.find((candidate) => candidate.name === "default")?.value;
  const parts = [
    `curl -sS -X ${operation.method} ${shellQuote(`${baseUrl}${operation.path}`)}`,
    ...headers.map((header) => `-H ${shellQuote(header)}`),
    ...(body === undefined ? [] : [`-d ${shellQuote(JSON.stringify(body))}`]),
  ];
  return parts.join(multiline ? " \\\n  " : " ");
}

/** The Markdown table of every error code of the operation, from the spec's error catalogue. */
export function errorTable(operation) {
  const rows = operation.errors.map(
    (error) =>
      `| ${breakableCode(error.code)} | ${error.httpStatus} | ${cell(error.message)}<br>${cell(error.messageZh)} | ${cell(error.action)} |`,
  );
  return [
    "### Error codes",
    "",
    "Message in English, then in Chinese; `{0}` is filled in by the service (for example with a parameter's name).",
    "",
    "| Code | HTTP | Message / 中文 | Action |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** The Markdown list of mock outcomes with a one-line curl. */
export function mockOutcomesSection(operation) {
  const outcomes = mockOutcomes(operation);
  const rows = outcomes.map(
    (outcome) =>
      `| ${outcome.name ? `\`Prefer: example=${outcome.name}\`` : "(no `Prefer` header)"} | ${outcome.status} | ${cell(outcome.summary)} |`,
  );
  const first = outcomes.find((outcome) => outcome.name)?.name;
  return [
    "### Mock outcomes",
    "",
    `The mock server (\`npm start\`, ${MOCK_URL}) answers with the outcome named in the \`Prefer\` header:`,
    "",
    "| Header | HTTP status | Outcome |",
    "|---|---|---|",
    ...rows,
    "",
    "```sh",
    curlCommand(operation, { example: first }),
    "```",
  ].join("\n");
}

/**
 * Returns an enriched deep copy of a bundled spec; the bundle itself is left as it is.
 * @param {object} bundle a bundled OpenAPI document (`loadSpec()` of @idaas-sdk/spec)
 * @param {{ guide?: { name: string, title: string, markdown: string }[] }} [options]
 */
export function enrichSpec(bundle, { guide = [] } = {}) {
  const document = structuredClone(bundle);
  for (const operation of listOperations(document)) {
    const target = document.paths[operation.path][operation.method.toLowerCase()];
    const samples = target["x-codeSamples"] ?? [];
    if (!samples.some((sample) => sample.lang === "TypeScript")) {
      throw new Error(
        `docs: operation ${operation.operationId} (${operation.method} ${operation.path}) has no TypeScript x-codeSamples entry; add spec/code_samples/TypeScript/${operation.operationId}.ts and reference it from its spec/paths file`,
      );
    }
    target.description = [target.description?.trim(), errorTable(operation), mockOutcomesSection(operation)]
      .filter(Boolean)
      .join("\n\n");
    target["x-codeSamples"] = [
      ...samples,
      { lang: "curl", label: "curl", source: curlCommand(operation, { multiline: true }) },
    ];
  }
  if (guide.length > 0) {
    document.tags = [
      ...guide.map((page) => ({
        name: page.name,
        "x-displayName": page.title,
        "x-traitTag": true,
        description: page.markdown,
      })),
      ...(document.tags ?? []),
    ];
    document["x-tagGroups"] = [
      { name: "Getting started", tags: guide.map((page) => page.name) },
      ...(document["x-tagGroups"] ?? []),
    ];
  }
  return document;
}

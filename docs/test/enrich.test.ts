import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type CatalogOperation, listOperations, loadSpec, PRODUCTS, type SpecDocument } from "@idaas-sdk/spec";
import { describe, expect, test } from "vitest";
import {
  ASSUMED_LABEL,
  assumedSection,
  CAPTCHA_WIDGET_OPERATIONS,
  CAPTCHA_WIDGET_URL,
  CUT_MESSAGE,
  enrichSpec,
  errorTable,
  GUIDE_GROUP,
  mockBaseUrl,
  mockOutcomes,
  REFERENCE_GROUP,
  samplePath,
} from "../scripts/enrich.mjs";
import { pageDefinition, pageOf, readGuide, siteLinks } from "../scripts/site.mjs";

type Sample = { lang: string; source: string };
const targetOf = (document: SpecDocument, operation: CatalogOperation) =>
  document.paths[operation.path][operation.method.toLowerCase()];

/** Every `x-idaas-assumed` of the operation, read from the bundle itself (not through the catalogue). */
function assumedInBundle(bundle: SpecDocument, operation: CatalogOperation) {
  const deref = (node: { $ref?: string } | undefined): Record<string, unknown> | undefined =>
    node?.$ref
      ? deref(
          node.$ref
            .slice(2)
            .split("/")
            .reduce((value: SpecDocument, key: string) => value[key], bundle),
        )
      : node;
  return Object.entries(targetOf(bundle, operation).responses as Record<string, { $ref?: string }>).flatMap(
    ([status, reference]) => {
      const response = deref(reference) as { content?: Record<string, { examples?: object }> } & Record<
        string,
        unknown
      >;
      const examples = Object.entries(Object.values(response.content ?? {})[0]?.examples ?? {});
      return [
        ...(typeof response["x-idaas-assumed"] === "string"
          ? [{ status, name: undefined, text: response["x-idaas-assumed"] as string }]
          : []),
        ...examples.flatMap(([name, example]) => {
          const text = deref(example as { $ref?: string })?.["x-idaas-assumed"];
          return typeof text === "string" ? [{ status, name, text }] : [];
        }),
      ];
    },
  );
}
/** The text of an `x-idaas-assumed` after its leading "assumed: ", as the note carries it. */
const noteOf = (text: string) => `${ASSUMED_LABEL} ${text.replace(/^\s*assumed:\s*/i, "")}`;

describe.each(PRODUCTS)("%s", (product) => {
  const bundle = loadSpec(product);
  const enriched: SpecDocument = pageDefinition(product);
  const operations = listOperations(bundle);

  test("enriching works on a copy: the bundle is left as it is", () => {
    expect(bundle).toEqual(loadSpec(product));
  });

  test("it has both operations the slider widget calls, so that both link to the widget", () => {
    expect(operations.map((operation) => operation.operationId)).toEqual(
      expect.arrayContaining(CAPTCHA_WIDGET_OPERATIONS),
    );
  });

  describe.each(operations)("$operationId", (operation) => {
    const { description, "x-codeSamples": samples } = targetOf(enriched, operation) as {
      description: string;
      "x-codeSamples": Sample[];
    };
    const lines = description.split("\n");

    test.each(operation.errors)("its error table has $code with HTTP status, messages and action", (error) => {
      const row = lines.find((line) => line.startsWith(`| \`${error.code}\` |`));
      expect(row, `no row for ${error.code}`).toBeDefined();
      expect(row).toContain(`| ${error.httpStatus} |`);
      expect(row).toContain(error.message ?? "—");
      expect(row).toContain(error.messageZh ?? "—");
      expect(row).toContain(error.action ?? "—");
    });

    test("it links to the slider widget if the widget calls it (getCaptcha, verifyCaptcha), else not", () => {
      const calledByWidget = CAPTCHA_WIDGET_OPERATIONS.includes(operation.operationId);
      expect(description.includes(`(${CAPTCHA_WIDGET_URL})`)).toBe(calledByWidget);
    });

    test("its mock outcomes name every example of its responses, with a curl under its product's base path", () => {
      const names = operation.responses.flatMap((response) => response.examples.map((example) => example.name));
      for (const name of names) expect(description).toContain(`\`Prefer: example=${name}\``);
      expect(mockOutcomes(operation).length).toBeGreaterThanOrEqual(names.length);
      expect(description).toContain(`curl -sS -X ${operation.method} '${mockBaseUrl(product)}${operation.path}'`);
    });

    test("every response and example the spec assumes (x-idaas-assumed) has its visible note, with the spec's text", () => {
      for (const { status, name, text } of assumedInBundle(bundle, operation)) {
        const line = lines.find(
          (candidate) =>
            candidate.startsWith(`- HTTP ${status}${name ? `, example \`${name}\`` : " response"}.`) &&
            candidate.endsWith(noteOf(text)),
        );
        expect(line, `no "Assumed:" note for ${status} ${name ?? "response"}`).toBeDefined();
        expect(text).toMatch(/^assumed: the page's response is not available/);
        if (name) {
          const row = lines.find((candidate) => candidate.startsWith(`| \`Prefer: example=${name}\` |`));
          expect(row, `mock outcome ${name}`).toMatch(/ \(assumed\) \|$/);
        }
      }
      if (assumedInBundle(bundle, operation).length === 0) expect(description).not.toContain(ASSUMED_LABEL);
    });

    test.each(operation.errors.filter((error) => error.incomplete))(
      "its error table says that the page cuts the message of $code",
      (error) => {
        const row = lines.find((line) => line.startsWith(`| \`${error.code}\` |`));
        expect(row).toContain(`${error.message} ${CUT_MESSAGE}<br>`);
      },
    );

    test("its code samples are the TypeScript file first, then curl with its headers and, if it takes one, its body", () => {
      expect(samples.map((sample) => sample.lang)).toEqual(["TypeScript", "curl"]);
      const curl = samples[1]?.source ?? "";
      for (const header of operation.headers.filter((candidate) => candidate.required)) {
        expect(curl).toContain(`-H '${header.name}: ${header.example}'`);
      }
      if (operation.requestBody) {
        expect(curl).toContain(`-H 'Content-Type: ${operation.requestBody.mediaType}'`);
        expect(curl).toMatch(/ -d '/);
      } else {
        expect(curl).not.toMatch(/Content-Type| -d /);
      }
    });
  });

  test("an operation without a TypeScript sample fails the build, naming the product, operation and file", () => {
    const broken = structuredClone(bundle);
    const [operation] = operations;
    if (!operation) throw new Error(`the ${product} spec has no operation`);
    delete targetOf(broken, operation)["x-codeSamples"];
    expect(() => enrichSpec(broken)).toThrow(
      `${product} operation ${operation.operationId} (${operation.method} ${operation.path}) has no TypeScript x-codeSamples entry; add ${samplePath(operation)}`,
    );
  });

  test("the sidebar: the guide is the first group, then one group holds each tag of the bundle once", () => {
    const guide = readGuide(product);
    expect(guide.length).toBeGreaterThan(0);
    expect(enriched["x-tagGroups"]).toEqual([
      { name: GUIDE_GROUP, tags: guide.map((page) => page.name) },
      { name: REFERENCE_GROUP, tags: bundle.tags.map((tag: { name: string }) => tag.name) },
    ]);
    for (const page of guide) {
      expect(enriched.tags).toContainEqual(expect.objectContaining({ name: page.name, "x-traitTag": true }));
    }
  });

  test("its introduction leads with links to the site's other pages, its own in bold", () => {
    const [first] = enriched.info.description.split("\n\n");
    for (const link of siteLinks()) {
      expect(first).toContain(link.href === pageOf(product) ? `**${link.title}**` : `[${link.title}](${link.href})`);
    }
  });

  test("no heading of its introduction holds a code span (Redoc would name it by that span alone)", () => {
    expect(enriched.info.description).not.toMatch(/^#{1,6} .*`/m);
  });
});

test("the widget's link is its README on the repository its package.json names", () => {
  expect(CAPTCHA_WIDGET_URL).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/tree\/main\/packages\/captcha#readme$/);
  expect(existsSync(fileURLToPath(new URL("../../packages/captcha/README.md", import.meta.url)))).toBe(true);
});

test("the guide: a page named after a product is on that product's page only, any other page on every one", () => {
  const files = readdirSync(fileURLToPath(new URL("../guide", import.meta.url))).filter((file) => file.endsWith(".md"));
  const owners = files.map((file) => ({
    name: `guide-${file.replace(/\.md$/, "")}`,
    owner: PRODUCTS.find((product) => new RegExp(`^\\d+-${product}-`).test(file)),
  }));
  for (const product of PRODUCTS) {
    const expected = owners.filter(({ owner }) => owner === undefined || owner === product).map(({ name }) => name);
    expect(readGuide(product).map((page) => page.name)).toEqual(expected.sort());
    expect(expected.some((name) => owners.find((page) => page.name === name)?.owner === product)).toBe(true);
  }
});

test("the journeys name only operations their product's spec has", () => {
  const missing = PRODUCTS.flatMap((product) => {
    const ids = new Set(listOperations(loadSpec(product)).map((operation) => operation.operationId));
    return readGuide(product).flatMap((page) =>
      [...page.markdown.matchAll(/\*\*([a-z]+[A-Z]\w*)\*\*/g)]
        .map((match) => match[1] ?? "")
        .filter((name) => !ids.has(name))
        .map((name) => `${product} ${page.name}: ${name}`),
    );
  });
  expect(missing).toEqual([]);
});

test("the spec's assumptions reach the docs: both products have assumed answers, and each is noted", () => {
  for (const product of PRODUCTS) {
    const bundle = loadSpec(product);
    const assumed = listOperations(bundle).filter((operation) => assumedInBundle(bundle, operation).length > 0);
    expect(assumed.length, `${product} has no x-idaas-assumed answer`).toBeGreaterThan(0);
    for (const operation of assumed) {
      expect(assumedSection(operation), `${product} ${operation.operationId}`).toContain("### Assumed responses");
    }
  }
  const [operation] = listOperations(loadSpec("ciam")).filter(
    (candidate) => candidate.operationId === "loginWithPassword",
  );
  if (!operation) throw new Error("the ciam spec has no loginWithPassword");
  const unmarked = {
    ...operation,
    responses: operation.responses.map(({ assumed: _, ...response }) => ({
      ...response,
      examples: response.examples.map(({ assumed: __, ...example }) => example),
    })),
  };
  expect(assumedSection(unmarked)).toBeUndefined();
  const [response] = unmarked.responses;
  if (!response) throw new Error("loginWithPassword has no response");
  const marked = {
    ...unmarked,
    responses: [{ ...response, assumed: "assumed: the page's response is not available; x" }],
  };
  expect(assumedSection(marked)).toContain(
    `- HTTP ${response.status} response. **Assumed:** the page's response is not available; x`,
  );
});

test("a message the vendor's page cuts (IDAAS.SDK.CAPTCHA.0006) is marked so in the catalogue and the error table", () => {
  const send = listOperations(loadSpec("ciam")).find((operation) => operation.operationId === "sendSmsCode");
  const error = send?.errors.find((candidate) => candidate.code === "IDAAS.SDK.CAPTCHA.0006");
  expect(error?.incomplete).toBe(true);
  if (!send || !error) throw new Error("ciam sendSmsCode has no IDAAS.SDK.CAPTCHA.0006");
  expect(errorTable(send)).toContain(`| ${error.message} ${CUT_MESSAGE}<br>`);
  const whole = { ...send, errors: send.errors.map(({ incomplete: _, ...rest }) => rest) };
  expect(errorTable(whole)).not.toContain(CUT_MESSAGE);
});

test("an operation without documented errors says so instead of an empty table", () => {
  const [operation] = listOperations(loadSpec("eiam"));
  if (!operation) throw new Error("the eiam spec has no operation");
  expect(errorTable({ ...operation, errors: [] })).toBe(
    "### Error codes\n\nThe spec documents no error code for this operation.",
  );
});

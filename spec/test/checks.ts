// The spec's own quality checks, as functions that return problems, so the tests can run them on the real
// bundle (no problems) and on a broken copy (a problem that names the place).
import { listOperations, resolve } from "../lib/catalog.js";
import type { SpecDocument as Doc } from "../lib/index.js";
import { createValidator } from "../lib/validator.js";

/** Every named example validates against its schema (contentSchema included). */
export function exampleProblems(document: Doc): string[] {
  const validator = createValidator(document);
  const problems: string[] = [];
  for (const operation of listOperations(document)) {
    for (const example of operation.requestBody?.examples ?? []) {
      for (const error of validator.validateRequestBody(operation.operationId, example.value)) {
        problems.push(`${operation.operationId} request example "${example.name}": ${error}`);
      }
    }
    for (const response of operation.responses) {
      for (const example of response.examples) {
        for (const error of validator.validateResponse(operation.operationId, response.status, example.value)) {
          problems.push(`${operation.operationId} ${response.status} example "${example.name}": ${error}`);
        }
      }
    }
  }
  return problems;
}

/** Every documented status value and every error code has a named example. */
export function coverageProblems(document: Doc): string[] {
  const problems: string[] = [];
  for (const operation of listOperations(document)) {
    if (operation.requestBody && !operation.requestBody.examples.length)
      problems.push(`${operation.operationId}: request body has no example`);
    for (const response of operation.responses) {
      if (!response.schema) continue;
      const schema = resolve<Doc>(document, response.schema);
      const statuses = schema.discriminator?.mapping
        ? Object.keys(schema.discriminator.mapping)
        : [resolve<Doc>(document, schema.properties?.status)?.const].filter(Boolean);
      const codes: string[] = schema.properties?.error_code?.enum ?? [];
      const exampled = (field: string) => response.examples.map((example) => (example.value as Doc)?.[field]);
      for (const status of statuses) {
        if (!exampled("status").includes(status)) {
          problems.push(`${operation.operationId} ${response.status}: status ${status} has no named example`);
        }
      }
      for (const code of codes) {
        if (!exampled("error_code").includes(code)) {
          problems.push(`${operation.operationId} ${response.status}: error code ${code} has no named example`);
        }
      }
      if (response.status >= 400) {
        if (codes.length === 0) problems.push(`${operation.operationId} ${response.status}: no error codes documented`);
        for (const example of response.examples) {
          if (!example.error?.message || !example.error?.action) {
            problems.push(
              `${operation.operationId} ${response.status} example "${example.name}": x-idaas-error needs message and action`,
            );
          }
        }
      }
    }
  }
  return problems;
}

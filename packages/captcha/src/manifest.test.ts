// custom-elements.json (the manifest editors and doc tools read) and the README say what the element has: its
// parts, custom properties, attributes and events are read here from the element's own source and styles, and
// each list must match.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { SliderCaptchaElement } from "./slider-captcha-element.js";
import { STYLES } from "./styles.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const manifest = JSON.parse(read("../custom-elements.json"));
const readme = read("../README.md");
const source = read("./slider-captcha-element.ts");
const [declaration] = manifest.modules[0].declarations;
const names = (list: { name: string }[]) => list.map((entry) => entry.name).sort();
const unique = (values: Iterable<string>) => [...new Set(values)].sort();

describe("custom-elements.json", () => {
  test("names the tag and the class", () => {
    expect(declaration).toMatchObject({ tagName: "idaas-slider-captcha", name: SliderCaptchaElement.name });
  });

  test("lists exactly the parts of the element's template", () => {
    expect(names(declaration.cssParts)).toEqual(unique([...source.matchAll(/part="(\w+)"/g)].map((m) => m[1] ?? "")));
  });

  test("lists exactly the custom properties of its styles, with their defaults", () => {
    const used = [...STYLES.matchAll(/var\((--idaas-captcha-[a-z]+),([^)]*\)?)\)/g)].map(([, name, fallback]) => ({
      name,
      default: fallback,
    }));
    expect(names(declaration.cssProperties)).toEqual(unique(used.map((property) => property.name ?? "")));
    for (const property of declaration.cssProperties) {
      expect(used.filter((use) => use.name === property.name).map((use) => use.default)).toContain(property.default);
    }
  });

  test("lists the observed attributes, and exactly the events it emits", () => {
    expect(names(declaration.attributes)).toEqual(expect.arrayContaining(SliderCaptchaElement.observedAttributes));
    expect(names(declaration.events)).toEqual(unique([...source.matchAll(/#emit\("(\w+)"/g)].map((m) => m[1] ?? "")));
  });
});

test("the README names every part, custom property and event", () => {
  for (const { name } of [...declaration.cssParts, ...declaration.cssProperties, ...declaration.events]) {
    expect(readme, name).toContain(`\`${name}\``);
  }
});

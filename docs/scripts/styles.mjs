// A few rules on top of Redoc's own styles, for what its options cannot change.
export const STYLES = `
/* An error code or a Prefer header in a table stays on one line, not broken at its dots or hyphens. */
td code { white-space: nowrap; }
/* No column of a Markdown table narrower than a few words: the table algorithm would give the long last column the
   width and lay a short one out a word per line ("password change or skip only"). */
table.md th, table.md td { min-width: 7em; }
/* A code sample starts below its copy button, which would otherwise hide the end of its first line (the selector
   outweighs Redoc's doubled class). */
.code-block-header + pre[data-component-name="CodeBlock/CodeBlockContainer"] { padding-top: 32px; }
/* WCAG AA contrast (4.5:1) in the light theme, which Redoc's own palette misses (docs/test/a11y.test.ts): links
   #1f7cff (3.9:1 on white) → #2558b8 (6.6:1); the search box's "Search" and code comments #9b9ca8 (2.7:1) → #6e6f7a
   (5.0:1); code strings #3072db (4.45:1 on the samples' #fbfbfc) → #2558b8; code functions #db7e21 (2.9:1) →
   #a3520f (5.4:1); the sidebar's GET #25b869 (2.6:1) → #137a45 and POST #1e65f5 (4.2:1 on the selected item's
   #ededf2) → #1a4fc0. Our sheet comes after Redoc's, so these rules win; the dark theme keeps Redoc's values. */
:root:not(.dark) {
  --link-color-primary-legacy: #2558b8;
  --link-color-primary-hover-legacy: #1f4399;
  --link-color-primary-pressed-legacy: #1f4399;
  --input-content-placeholder-color: #6e6f7a;
  --code-block-tokens-string-color-legacy: #2558b8;
  --code-block-tokens-property-string-color: #2558b8;
  --code-block-tokens-function-color: #a3520f;
  --code-block-tokens-operator-color: #a3520f;
  --code-block-tokens-class-name-color: #a3520f;
  --code-block-tokens-regex-color: #a3520f;
}
:root:not(.dark) .tag-get { --tag-color: #137a45; }
:root:not(.dark) .tag-post { --tag-color: #1a4fc0; }
`;

/** Returns the page with the site's style rules added to its head; throws when the page has no head. */
export function addStyles(/** @type {string} */ html) {
  if (!html.includes("</head>")) throw new Error("docs: the Redoc page has no </head> to add the site's styles to");
  return html.replace("</head>", `<style>${STYLES}</style>\n</head>`);
}

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
`;

/** Returns the page with the site's style rules added to its head; throws when the page has no head. */
export function addStyles(/** @type {string} */ html) {
  if (!html.includes("</head>")) throw new Error("docs: the Redoc page has no </head> to add the site's styles to");
  return html.replace("</head>", `<style>${STYLES}</style>\n</head>`);
}

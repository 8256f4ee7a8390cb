// Redoc (3.0.1, inside @redocly/cli 2.77.0) routes its page in the URL's hash (eiam.html#/guide-1-install), but the
// links of its sidebar and headings carry the route as a root path (href="/guide-1-install"): a click is caught by
// its router and lands well, but a link opened in a new tab, copied or crawled leads to the root of the host, a 404
// there and outside the repository's sub-path on GitHub Pages. Each such href becomes the hash route it stands for,
// in the page as built (before Redoc starts) and, by a small script, in what Redoc renders afterwards.

/** An href that is a path from the root of the host (not `//host`, a protocol-relative address). */
const ROOT_HREF = /(<[^>]*\shref=")(\/(?!\/)[^"]*")/g;

/** Keeps every href Redoc renders later a hash route too; runs before the page's body is parsed. */
export const HASH_LINKS_SCRIPT = `(() => {
  const fix = (link) => {
    const href = link.getAttribute("href");
    if (href && href.startsWith("/") && !href.startsWith("//")) link.setAttribute("href", "#" + href);
  };
  const scan = (node) => {
    if (node.nodeType !== 1) return;
    if (node.hasAttribute("href")) fix(node);
    node.querySelectorAll('[href^="/"]').forEach(fix);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") fix(record.target);
      else record.addedNodes.forEach(scan);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["href"] });
})();`;

/**
 * Returns the page with each root-path href outside its scripts made a hash route (`#/guide-1-install`), and the
 * script that does the same for what Redoc renders; throws when the page has no head for the script.
 * @param {string} html
 */
export function hashLinks(html) {
  if (!html.includes("</head>")) throw new Error("docs: the Redoc page has no </head> to add the link script to");
  const parts = html.split(/(<script\b[\s\S]*?<\/script>)/);
  const fixed = parts.map((part) => (part.startsWith("<script") ? part : part.replace(ROOT_HREF, "$1#$2"))).join("");
  return fixed.replace("</head>", `<script>${HASH_LINKS_SCRIPT}</script>\n</head>`);
}

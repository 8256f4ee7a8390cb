// Redoc (3.0.1, inside @redocly/cli 2.77.0) shows an "API docs by Redocly" badge whose image it always loads from
// its CDN; no option turns that off (Redoc issue #2108). The badge's image is replaced by an inline SVG of the
// same words, so the attribution stays and the page makes no request outside the site.
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

const LOCAL_LOGO = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14" viewBox="0 0 52 14">' +
    '<text x="0" y="11" font-family="sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redocly</text></svg>',
).toString("base64")}`;

/**
 * Returns the page with Redoc's CDN logo replaced. Throws when the logo's address is not found, so that a Redoc
 * upgrade that moves it is noticed here; the browser tests check that the page really makes no outside request.
 */
export function removeCdnRequests(/** @type {string} */ html) {
  if (html.search(CDN_LOGO) === -1) {
    throw new Error("docs: Redoc's CDN logo address was not found in the page; check docs/scripts/offline.mjs");
  }
  return html.replace(CDN_LOGO, LOCAL_LOGO);
}

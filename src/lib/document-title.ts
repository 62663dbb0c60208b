/**
 * The document title of a page: "<page> · <site>", or "<site> · Plenary" for the home page. Without React, so the
 * build's own scripts (the prerendered head, the HTML shell) name pages by the same rule as the app.
 */
export function pageTitleText(title: string | undefined, site: string): string {
  return title ? `${title} · ${site}` : `${site} · Plenary`
}

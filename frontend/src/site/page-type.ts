/** The layout writes the template a page came from in a comment after the doctype (site/_includes/layout.njk). */
const PAGE_TYPE_MARK = /^<!doctype html>\s*<!-- page type: ([^ ]+) -->/i;

/** A built page's type: its template's name under site/pages/ without `.njk` ("article", "en/home"); null without the mark. */
export function pageTypeOf(html: string): string | null {
  return PAGE_TYPE_MARK.exec(html)?.[1].replace(/\.njk$/, '') ?? null;
}

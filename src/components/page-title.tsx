/** The document title, "<page> · <site>": React 19 hoists <title> into <head>, in the browser and when prerendering. */
export function PageTitle({ title, site }: { title?: string; site: string }) {
  return <title>{title ? `${title} · ${site}` : `${site} · Plenary`}</title>
}

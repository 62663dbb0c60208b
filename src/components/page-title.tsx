import { useEffect } from 'react'

/** The document title of a page: "<page> · <site>", or "<site> · Plenary" for the home page. */
export function pageTitleText(title: string | undefined, site: string): string {
  return title ? `${title} · ${site}` : `${site} · Plenary`
}

/**
 * Sets the document title. An effect rather than React 19's <title>: the prerenderer writes each page's <title> into
 * <head> itself, and a second, hoisted <title> after it would leave `document.title` on the first one.
 */
export function PageTitle({ title, site }: { title?: string; site: string }) {
  const text = pageTitleText(title, site)
  useEffect(() => {
    document.title = text
  }, [text])
  return null
}

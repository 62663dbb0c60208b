import { useEffect } from 'react'
import { pageTitleText } from '../lib/document-title'

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

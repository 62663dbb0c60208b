const HTML_LANG = /<html\b[^>]*?\blang="[^"]*"/

/**
 * The shell's `<html lang>`, set to the conference's language (a screen reader reads a German conference's pages in
 * German). A talk in another language carries its own `lang` on its title and page (src/features/talk/).
 */
export function withDocumentLanguage(html: string, language: string): string {
  if (!HTML_LANG.test(html))
    throw new Error('index.html has no <html lang="..."> to set the language in')
  const tag = language.replace(/[^A-Za-z0-9-]/g, '')
  return html.replace(HTML_LANG, (match) => match.replace(/lang="[^"]*"/, `lang="${tag}"`))
}

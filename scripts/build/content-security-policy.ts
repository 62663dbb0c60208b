/**
 * The site's Content Security Policy, in one place. Every page carries it as a `<meta http-equiv>` (static hosts
 * rarely let a project set headers); the README gives the header form, which adds `frame-ancestors`.
 *
 * Inline scripts (index.html's theme script, the many-day timeline's day preload in src/app/page-head.ts) are allowed
 * by hash, computed from the page's final HTML just before it is written: whatever Vite or the prerender did to a
 * script, the hash is of the bytes the browser reads. No 'unsafe-inline' for scripts, no event-handler attributes.
 * Styles keep 'unsafe-inline': the prerender inlines each page's CSS in a <style> and React writes style attributes.
 */
import { createHash } from 'node:crypto'

/** Every directive but the script hashes. `frame-ancestors` only works as a header: a meta tag's is ignored. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
]
const HEADER_ONLY = [['frame-ancestors', "'none'"]] as const

/** An inline script element (no src): its attributes and its text. A script's text cannot contain "</script". */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const HAS_SRC = /(?:^|\s)src\s*=/i
const STYLE = /<style\b[\s\S]*?<\/style\s*>/gi
/** A start tag and its attributes, quoted values read whole (a title may well say " onclick="). */
const START_TAG =
  /<[a-z][a-z0-9-]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi
const ATTRIBUTE_NAME = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i
const CHARSET_META = /<meta\s+charset="[^"]*"\s*\/?>/i

/**
 * The CSP source for a script's text: SHA-256 of its UTF-8 bytes, after the line-break normalisation the HTML parser
 * does before anything reads the text (CRLF and CR become LF).
 */
export function scriptHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n')
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`
}

/** The hashes of a page's inline scripts, in order of first appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>()
  for (const [, attributes, text] of html.matchAll(SCRIPT))
    if (!HAS_SRC.test(attributes!)) hashes.add(scriptHash(text!))
  return [...hashes]
}

/** The policy that allows these inline scripts; `header: true` for the HTTP header form, with frame-ancestors. */
export function contentSecurityPolicy(
  scriptHashes: readonly string[],
  { header = false }: { header?: boolean } = {},
): string {
  return [...DIRECTIVES, ...(header ? HEADER_ONLY : [])]
    .map(([name, sources]) =>
      name === 'script-src' && scriptHashes.length > 0
        ? `${name} ${sources} ${scriptHashes.join(' ')}`
        : `${name} ${sources}`,
    )
    .join('; ')
}

/**
 * The page with its policy: a meta tag right after `<meta charset>` (a policy applies only to what follows it, so it
 * comes before any script or stylesheet), or the existing one replaced, with the hashes of the page's own inline
 * scripts. Throws on an event-handler attribute, which the policy would block in the browser.
 */
export function withContentSecurityPolicy(html: string): string {
  const handler = eventHandlerAttribute(html)
  if (handler)
    throw new Error(
      `content security policy: an inline ${handler} attribute would be blocked: attach the handler from a module`,
    )
  const tag = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html))}" />`
  // Function replacements: the policy's quotes and the page's "$" must stay literal.
  if (CSP_META.test(html)) return html.replace(CSP_META, () => tag)
  const charset = CHARSET_META.exec(html)
  if (!charset) throw new Error('content security policy: the page has no <meta charset> to follow')
  const indent = /[ \t]*$/.exec(html.slice(0, charset.index))![0]
  return html.replace(CHARSET_META, (meta) => `${meta}\n${indent}${tag}`)
}

/** The first `onload="…"` or the like on any element: a policy without 'unsafe-inline' blocks it. */
export function eventHandlerAttribute(html: string): string | undefined {
  // Script and style text is not markup.
  for (const [, attributes] of html.replace(SCRIPT, '').replace(STYLE, '').matchAll(START_TAG))
    for (const [, name] of attributes!.matchAll(ATTRIBUTE_NAME))
      if (/^on[a-z]/i.test(name!)) return name!.toLowerCase()
  return undefined
}

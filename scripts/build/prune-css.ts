/**
 * The part of a stylesheet a kind of page can use, for the prerenderer to inline (scripts/build/prerender.ts): a talk
 * page needs about half of the app's CSS, and inlining all of it in every page made up most of the site's bytes.
 *
 * Decided once per kind of page from the class names, ids and element names of every page of that kind (not from a
 * sample, so no page lacks a rule it uses), the way PurgeCSS does, but from the class attributes React writes rather
 * than from every word of the text. When in doubt a rule stays: pseudo-classes (hover, focus, :has(), :not()),
 * attributes (`[data-theme=dark]`, set before the first paint) and at-rules (`prefers-color-scheme`, print, widths)
 * never remove one; only a class, id or element that no page of the kind has does. What appears only once the app
 * runs (the clock's "now", menus, dialogs) is styled by the whole stylesheets, which the pages still load, after
 * their content (see inlineStylesheets in scripts/build/prerender-html.ts).
 *
 * postcss prints what it parsed unchanged, so the minified CSS stays as Lightning CSS wrote it for the build's targets.
 */
import postcss, { type Container } from 'postcss'
import selectorParser, { type Selector } from 'postcss-selector-parser'

/** What a set of pages has that a selector may ask for. */
export interface PageVocabulary {
  classes: Set<string>
  ids: Set<string>
  elements: Set<string>
}

export function emptyVocabulary(): PageVocabulary {
  return { classes: new Set(), ids: new Set(), elements: new Set() }
}

// React writes every attribute in double quotes and escapes quotes in text, so these match attributes only.
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/g
const ID_ATTRIBUTE = /\sid="([^"]*)"/g
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)/g

/** Adds what a page's HTML has to `vocabulary`. */
export function addPage(vocabulary: PageVocabulary, html: string): void {
  for (const [, value] of html.matchAll(CLASS_ATTRIBUTE))
    for (const name of value!.split(/\s+/)) if (name) vocabulary.classes.add(name)
  for (const [, value] of html.matchAll(ID_ATTRIBUTE)) vocabulary.ids.add(value!)
  for (const [, name] of html.matchAll(START_TAG)) vocabulary.elements.add(name!.toLowerCase())
}

/**
 * Whether some element of the pages may match: every class, id and element the selector names outside parentheses
 * is there. What is inside `:not()`, `:has()` or `:is()` is not judged (it could only keep a rule).
 */
function mayMatch(selector: Selector, vocabulary: PageVocabulary): boolean {
  return selector.nodes.every((node) => {
    switch (node.type) {
      case 'class':
        return vocabulary.classes.has(node.value)
      case 'id':
        return vocabulary.ids.has(node.value)
      case 'tag':
        return vocabulary.elements.has(node.value.toLowerCase())
      default:
        return true
    }
  })
}

/** Takes out the at-rules (@media, @supports) whose rules were all taken out. */
function dropEmptyBlocks(container: Container): void {
  container.each((node) => {
    if (node.type !== 'atrule' || !node.nodes) return
    dropEmptyBlocks(node)
    if (node.nodes.length === 0) node.remove()
  })
}

/** The rules of `css` that some page with `vocabulary` may use; a rule's selectors no page matches are left out. */
export function pruneCss(css: string, vocabulary: PageVocabulary): string {
  const root = postcss.parse(css)
  root.walkRules((rule) => {
    // Keyframe selectors ("from", "50%") name no element.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)) return
    const kept: string[] = []
    selectorParser((selectors) => {
      selectors.each((selector) => {
        if (mayMatch(selector, vocabulary)) kept.push(selector.toString().trim())
      })
    }).processSync(rule.selector)
    if (kept.length === 0) rule.remove()
    else if (kept.length < rule.selectors.length) rule.selector = kept.join(',')
  })
  dropEmptyBlocks(root)
  return root.toString()
}

import { describe, expect, it } from 'vitest'
import { addPage, emptyVocabulary, pruneCss, type PageVocabulary } from './prune-css'

function vocabularyOf(...pages: string[]): PageVocabulary {
  const vocabulary = emptyVocabulary()
  for (const page of pages) addPage(vocabulary, page)
  return vocabulary
}

describe('addPage', () => {
  it('collects class names, ids and elements of every page, not words of the text', () => {
    const vocabulary = vocabularyOf(
      '<main id="main"><p class="talk-row  talk-row--oral">class=&quot;talk-row--now&quot;</p></main>',
      '<SVG class="star-button"><path d=""></path></SVG>',
    )
    expect([...vocabulary.classes].sort()).toEqual(['star-button', 'talk-row', 'talk-row--oral'])
    expect([...vocabulary.ids]).toEqual(['main'])
    expect([...vocabulary.elements].sort()).toEqual(['main', 'p', 'path', 'svg'])
  })
})

describe('pruneCss', () => {
  const page = vocabularyOf(
    '<html><body><main id="main"><h1 class="talk-page__title">T</h1><button class="star-button" aria-pressed="false"><svg></svg></button></main></body></html>',
  )

  it('keeps the rules of what the pages have, in order and as written, and drops the others', () => {
    const css =
      '.talk-page__title{margin:0}.talk-row{display:grid}h1{font-size:1.5rem}h2{font-size:1rem}#main{padding:0}#other{padding:0}'
    expect(pruneCss(css, page)).toBe(
      '.talk-page__title{margin:0}h1{font-size:1.5rem}#main{padding:0}',
    )
  })

  it('keeps what applies before any script runs: states, the theme attribute, schemes, widths and print', () => {
    const css =
      ':root{--a:1px}:root[data-theme=dark]{--a:2px}@media (prefers-color-scheme:dark){:root{--a:2px}}' +
      '*,:before,:after{box-sizing:border-box}.star-button:hover{color:red}.star-button[aria-pressed=true] svg{fill:red}' +
      '@media (prefers-reduced-motion:no-preference){.star-button svg{transition:transform .1s}}' +
      '@media (max-width:39.99rem){.star-button{width:44px}}@media print{.star-button{display:none}}' +
      'body:has(.timeline__jump) main{padding:0}.star-button:not(.talk-row__star){margin:0}'
    expect(pruneCss(css, page)).toBe(css)
  })

  it('drops the selectors of a list no page matches, and at-rules left empty', () => {
    const css =
      '.talk-row__title,.talk-page__title{font-weight:600}@media (min-width:640px){.talk-row__authors--short{display:none}}' +
      '@media print{.talk-row{display:none}.star-button{display:none}}@supports (display:grid){@media print{.talk-row{color:red}}}'
    expect(pruneCss(css, page)).toBe(
      '.talk-page__title{font-weight:600}@media print{.star-button{display:none}}',
    )
  })

  it('drops a rule when any part of its selector is missing, descendants and siblings included', () => {
    expect(pruneCss('.talk-row .star-button{margin:0}main>.talk-row{margin:0}', page)).toBe('')
    expect(pruneCss('main .star-button{margin:0}h1+button{margin:0}', page)).toBe(
      'main .star-button{margin:0}h1+button{margin:0}',
    )
  })

  it('keeps keyframes, font faces and escaped class names it has', () => {
    const css =
      '@keyframes spin{from{transform:none}to{transform:rotate(1turn)}}@font-face{font-family:X;src:url(x.woff2)}.sm\\:hidden{display:none}'
    expect(pruneCss(css, vocabularyOf('<p class="sm:hidden"></p>'))).toBe(css)
    expect(pruneCss('.sm\\:hidden{display:none}', page)).toBe('')
  })
})

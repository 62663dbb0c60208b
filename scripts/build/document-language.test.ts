import { describe, expect, it } from 'vitest'
import { withDocumentLanguage } from './document-language'

describe('withDocumentLanguage', () => {
  it('sets the shell’s lang to the conference’s language', () => {
    expect(withDocumentLanguage('<!doctype html>\n<html lang="en">\n<head>', 'zh-Hant')).toBe(
      '<!doctype html>\n<html lang="zh-Hant">\n<head>',
    )
  })

  it('keeps anything but a language tag out of the attribute', () => {
    expect(withDocumentLanguage('<html lang="en">', 'de" onload="x')).toBe(
      '<html lang="deonloadx">',
    )
  })

  it('fails when the shell has no lang to set', () => {
    expect(() => withDocumentLanguage('<html>', 'de')).toThrow(/<html lang/)
  })
})

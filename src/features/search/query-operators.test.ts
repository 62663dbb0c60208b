import { describe, expect, it } from 'vitest'
import { MAX_OPERATORS, parseQuery, withoutOperators, writeOperator } from './query-operators'

const summary = (query: string) =>
  parseQuery(query).operators.map(({ key, value, complete }) => [key, value, complete])

describe('operators in a query', () => {
  it('reads a bare value, and says whether it is finished', () => {
    expect(summary('room:janson keynote')).toEqual([['room', 'janson', true]])
    expect(summary('keynote room:jan')).toEqual([['room', 'jan', false]])
    expect(parseQuery('room:janson keynote').text).toBe('keynote')
  })

  it('reads quoted values with spaces, straight or curly, closed or still open', () => {
    expect(summary('track:"Rust devroom" borrow')).toEqual([['track', 'Rust devroom', true]])
    expect(summary('room:"H.1302"')).toEqual([['room', 'H.1302', true]])
    expect(summary('track:“Graph neural networks devroom”')).toEqual([
      ['track', 'Graph neural networks devroom', true],
    ])
    expect(summary('track:„Rust')).toEqual([['track', 'Rust', false]])
    expect(summary('track:"Rust dev')).toEqual([['track', 'Rust dev', false]])
    expect(parseQuery('track:"Rust devroom" borrow').text).toBe('borrow')
  })

  it('reads several operators, anywhere in the query, keys in any case', () => {
    const parsed = parseQuery(
      'graph ROOM:Janson neural Type:keynote by:gomès day:sat speaker:"Ada L"',
    )
    expect(parsed.operators.map((op) => [op.key, op.value])).toEqual([
      ['room', 'Janson'],
      ['type', 'keynote'],
      ['by', 'gomès'],
      ['day', 'sat'],
      ['by', 'Ada L'],
    ])
    // "neural" was finished before the operators that followed it: the engine reads it as a whole word.
    expect(parsed.text).toBe('graph neural ')
  })

  it('forgives a space after the colon, and waits for a value after a bare key', () => {
    expect(summary('room: janson x')).toEqual([['room', 'janson', true]])
    expect(summary('keynote room:')).toEqual([['room', '', false]])
    expect(parseQuery('keynote room:').text).toBe('keynote')
  })

  it('leaves words that only look like operators alone', () => {
    expect(summary('classroom:x bedroom: https://x.org/room:y')).toEqual([])
    expect(summary('color:red')).toEqual([])
    expect(parseQuery('TypeScript: the good parts').text).toBe('TypeScript: the good parts')
  })

  it('takes operators out with one space beside each, and nothing else moves', () => {
    const query = 'a  room:x b type:"y z"'
    const { operators } = parseQuery(query)
    expect(withoutOperators(query, operators)).toBe('a  b')
    expect(withoutOperators(query, operators.slice(1))).toBe('a  room:x b')
    expect(withoutOperators('room:x', parseQuery('room:x').operators)).toBe('')
  })

  it('writes an operator back, quoted when it needs to be', () => {
    expect(writeOperator('room', 'janson')).toBe('room:janson')
    expect(writeOperator('track', 'Rust devroom')).toBe('track:"Rust devroom"')
    expect(parseQuery(writeOperator('track', 'say "hi" there')).operators[0]?.value).toBe(
      'say hi there',
    )
  })
})

describe('hostile queries', () => {
  it('reads markup and regex metacharacters as text', () => {
    expect(summary('room:<script>alert(1)</script> .*+?^${}()|[\\')).toEqual([
      ['room', '<script>alert(1)</script>', true],
    ])
    expect(summary('track:"(a+)+$"')).toEqual([['track', '(a+)+$', true]])
  })

  it('bounds a 5,000-character value and the number of operators', () => {
    const long = parseQuery(`room:${'x'.repeat(5000)}`)
    expect(long.operators[0]!.value).toHaveLength(200)
    expect(long.text).toBe('')
    const many = parseQuery('room:a '.repeat(1000).slice(0, 5000))
    expect(many.operators).toHaveLength(MAX_OPERATORS)
  })

  it('keeps unpaired surrogates, zero-width and direction marks without throwing', () => {
    expect(summary('room:\ud800x \u200b\u202eby:\u200fada')).toEqual([['room', '\ud800x', true]])
    expect(summary('by:\u200fada\u200b')).toEqual([['by', '\u200fada\u200b', false]])
    expect(parseQuery('\udfff type:\u202etalk\u202c').text).toBe('\udfff')
  })

  it('answers a 5,000-character query of quotes and colons at once', () => {
    const query = '"room:"'.repeat(800).slice(0, 5000)
    const started = performance.now()
    parseQuery(query)
    expect(performance.now() - started).toBeLessThan(200)
  })
})

/**
 * What no text in the dataset should carry, whatever its source: control characters (C0 but newline and tab, DEL,
 * C1), the noncharacters U+FFFE and U+FFFF, and lone surrogates. Source files have all of these now and then, from
 * copy and paste or a broken encoding; a browser would show them as boxes, or not at all.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The text with line endings as "\n", without control characters, lone surrogates replaced, in NFC: the same words
 * typed on two systems ("é" as one code point or as "e" and a combining accent) compare and search alike.
 */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
}

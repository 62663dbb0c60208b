import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  eventHandlerAttribute,
  inlineScriptHashes,
  scriptHash,
  withContentSecurityPolicy,
} from './content-security-policy'

const page = (head: string, body = '<div id="root"></div>') =>
  `<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>T</title>\n${head}\n  </head>\n  <body>${body}</body>\n</html>\n`

const policyOf = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html)?.[1]

describe('scriptHash', () => {
  it('is the CSP source of the UTF-8 bytes, as browsers compute it', () => {
    // The example in the CSP specification and MDN's script-src page.
    expect(scriptHash("alert('Hello, world.');")).toBe(
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    )
  })

  it('reads line breaks as the HTML parser leaves them', () => {
    expect(scriptHash('a()\r\nb()\rc()')).toBe(scriptHash('a()\nb()\nc()'))
    expect(scriptHash('a()\n')).not.toBe(scriptHash('a()'))
  })
})

describe('inlineScriptHashes', () => {
  it('hashes each inline script once, the text exactly between the tags, and no script with a src', () => {
    const html = page(
      '    <script>\n      one()\n    </script>\n    <script type="module" crossorigin src="/assets/index.js"></script>\n    <script>two()</script>\n    <SCRIPT>\n      one()\n    </SCRIPT >',
    )
    expect(inlineScriptHashes(html)).toEqual([
      scriptHash('\n      one()\n    '),
      scriptHash('two()'),
    ])
  })
})

describe('contentSecurityPolicy', () => {
  it('is the strict policy, with the scripts allowed by hash', () => {
    expect(contentSecurityPolicy(["'sha256-a='", "'sha256-b='"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'",
    )
  })

  it('adds frame-ancestors only in the header form: browsers ignore it in a meta tag, and say so', () => {
    expect(contentSecurityPolicy([])).not.toContain('frame-ancestors')
    expect(contentSecurityPolicy([], { header: true })).toMatch(/; frame-ancestors 'none'$/)
  })
})

describe('withContentSecurityPolicy', () => {
  it('puts the policy right after <meta charset>, before anything it governs', () => {
    const html = withContentSecurityPolicy(page('    <script>theme()</script>'))
    expect(html).toContain(
      `    <meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${scriptHash('theme()')}; `,
    )
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1)
  })

  it('recomputes the hashes of a page that gained or changed a script, and changes nothing else', () => {
    const shell = withContentSecurityPolicy(page('    <script>theme()</script>'))
    const withPreload = shell.replace(
      '</head>',
      () => '  <script>preload("$&")</script>\n  </head>',
    )
    const html = withContentSecurityPolicy(withPreload)
    expect(policyOf(html)).toContain(`${scriptHash('theme()')} ${scriptHash('preload("$&")')};`)
    expect(html.replace(/content="default-src[^"]*"/, '')).toBe(
      withPreload.replace(/content="default-src[^"]*"/, ''),
    )
    expect(withContentSecurityPolicy(html)).toBe(html)
  })

  it('allows no inline script in a page that has none', () => {
    expect(policyOf(withContentSecurityPolicy(page('')))).toMatch(/script-src 'self';/)
  })

  it('refuses a page with an event-handler attribute, which the policy would block', () => {
    expect(() =>
      withContentSecurityPolicy(page('', '<img src="x.png" alt="" onerror="go()" />')),
    ).toThrow(/onerror attribute/)
  })

  it('allows the inline theme script of index.html', () => {
    const shell = readFileSync('index.html', 'utf8')
    const theme = /<script>([\s\S]*?)<\/script>/.exec(shell)![1]!
    expect(policyOf(withContentSecurityPolicy(shell))).toContain(
      `script-src 'self' ${scriptHash(theme)};`,
    )
  })
})

describe('eventHandlerAttribute', () => {
  it('finds an inline handler on any element, quoted or not', () => {
    expect(eventHandlerAttribute('<body onload="start()">')).toBe('onload')
    expect(eventHandlerAttribute('<img src=x.png ONERROR=go()>')).toBe('onerror')
    expect(eventHandlerAttribute('<a href="/" data-x="1"\n  onclick=\'go()\'>x</a>')).toBe(
      'onclick',
    )
  })

  it('does not mistake text, attribute values, scripts or styles for handlers', () => {
    expect(
      eventHandlerAttribute(
        '<meta content="Why onclick=&quot;x&quot; is bad" /><p>a onclick="b"</p>' +
          '<script>button.onclick = go</script><style>a[onclick="x"]{}</style>',
      ),
    ).toBeUndefined()
  })
})

/**
 * npx tsx scripts/og-image/render-og-image.ts — draws the site-wide link preview image (public/og-image.png,
 * 1200x630, the size Open Graph and Twitter's large card expect) in Chromium from og-image.html. Run it again after
 * changing the design; the PNG is kept in the repository so builds need no browser.
 */
import { readFileSync } from 'node:fs'
import { launchBrowser } from '../../tests/e2e/support/browser'

const html = readFileSync(new URL('./og-image.html', import.meta.url), 'utf8')
const browser = await launchBrowser()
try {
  const page = await browser.newPage({
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
  })
  await page.setContent(html)
  await page.screenshot({ path: 'public/og-image.png', type: 'png' })
  console.log('wrote public/og-image.png (1200x630)')
} finally {
  await browser.close()
}

/**
 * npm run screenshots [-- --now 2018-12-04T12:52:00-08:00] — photographs the production build (npm run build first)
 * at phone and desktop sizes, for looking at what was built. Writes screenshots/<route>-<viewport>.png.
 */
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { launchBrowser, VIEWPORTS } from '../tests/e2e/support/browser'
import { startStaticServer } from '../tests/e2e/support/static-server'

const { values } = parseArgs({
  options: {
    now: { type: 'string', default: '2018-12-04T12:52:00-08:00' },
    out: { type: 'string', default: 'screenshots' },
  },
})
const ROUTES: Record<string, string> = {
  timeline: '',
  talk: 'talks/neural-ordinary-differential-equations',
  author: 'authors/david-duvenaud',
  search: 'search?q=nueral%20ode',
  agenda: 'agenda',
  'not-found': 'talks/no-such-talk',
}

const server = await startStaticServer(
  process.env.PLENARY_OUT_DIR || 'dist',
  process.env.PLENARY_BASE || '/',
)
const browser = await launchBrowser()
mkdirSync(values.out, { recursive: true })
try {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    const context = await browser.newContext(viewport)
    const page = await context.newPage()
    for (const [name, path] of Object.entries(ROUTES)) {
      const separator = path.includes('?') ? '&' : '?'
      await page.goto(`${server.url}${path}${separator}now=${encodeURIComponent(values.now)}`)
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      await page.waitForLoadState('networkidle')
      const file = `${values.out}/${name}-${viewportName}.png`
      await page.screenshot({ path: file })
      console.log(file)
    }
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}

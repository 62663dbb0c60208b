import type { BrowserContext } from 'playwright-core'

export const STORAGE_KEY = 'plenary:stars'

/** Stars talks the way a returning visitor would have them: a saved record, before the app starts. */
export async function seedStars(context: BrowserContext, ids: string[]) {
  const record = JSON.stringify({ version: 1, starred: ids.map((id, i) => ({ id, at: i + 1 })) })
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!)
        sessionStorage.setItem('seeded', '1')
      }
    },
    [STORAGE_KEY, record],
  )
}

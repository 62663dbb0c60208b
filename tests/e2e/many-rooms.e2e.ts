/**
 * The many-room conference (support/many-rooms.ts) as an attendee meets it: the journeys of "what is on now in every
 * room", the filters and the grid live beside this first one.
 */
import { expect, inject, it } from 'vitest'
import { hydrated, PHONE, sharedBrowserPages } from './support/browser'

const newPage = sharedBrowserPages()

it('builds the many-room conference and opens its timeline', async () => {
  const { page, problems } = await newPage(PHONE)
  await page.goto(`${inject('manyRoomsUrl')}?day=2027-01-30`)
  await hydrated(page.getByRole('heading', { level: 1, name: 'Timeline' }))
  expect(await page.locator('main').textContent()).toContain('Janson')
  expect(problems).toEqual([])
})

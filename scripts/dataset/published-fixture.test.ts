import { expect, it } from 'vitest'
import { publishedSchedule } from '../../tests/fixtures/published-schedule'
import { validateDataset } from './validate-dataset'

it('the published-schedule fixture is a valid dataset', () => {
  expect(validateDataset(publishedSchedule)).toEqual([])
})

/**
 * npm run bench (after the search bench): what the schedule-change check costs on the device, on the seeded
 * 10,000-talk conference (scripts/generate) and on FOSDEM 2026 (../shared/data; SKIPPED when absent). Version B of
 * each is version A with about a tenth of its talks changed in assorted ways: moved in time, moved room, retitled,
 * cancelled, renamed (a new id, the old one in formerIds), removed, and as many new talks added. One line each:
 *
 *   changes conference=<name> talks=<n> changed=<m> found=<k> digest_median_ms=<a> digest_max_ms=<b>
 *     compare_median_ms=<c> compare_max_ms=<d> keep_median_ms=<e> read_median_ms=<f> digest_bytes=<g>
 *     kept_bytes=<h>
 *
 * digest: digestOf over version B's schedule index (what the checker does with the fetched file); compare:
 * compareSchedules of A's digest with B's, 1 % of talks starred; keep and read: the digest written as this browser
 * keeps it, and read back with every row checked (seen-schedule.ts); digest_bytes: the digest as plain JSON, UTF-8;
 * kept_bytes: as kept (rows, room names once). Times are figures for the record, over BENCH_RUNS runs after one warm-up, never a pass/fail test.
 *
 * Settings (environment): BENCH_CHANGES_TALKS=10000  BENCH_SEED=1  BENCH_RUNS=9
 */
import type { Dataset, ScheduleIndex, ScheduleTalk } from '../../src/data/types'
import { compareSchedules } from '../../src/lib/changes/compare-schedules'
import { digestOf } from '../../src/lib/changes/schedule-digest'
import { parseSeen, serializeSeen } from '../../src/lib/changes/seen-schedule'
import { splitDataset } from '../build/split-dataset'
import { generateConference } from '../generate/generate-conference'
import { createRandom, type Random } from '../generate/random'
import { importScheduleFile } from '../import/import-schedule-file'
import { sharedDataFile } from '../../tests/support/shared-data'
import { FOSDEM_2026_FILE } from './relevance/fosdem-2026'

const TALKS = Number(process.env.BENCH_CHANGES_TALKS ?? 10_000)
const SEED = Number(process.env.BENCH_SEED ?? 1)
const RUNS = Number(process.env.BENCH_RUNS ?? 9)
const CHANGED_SHARE = 0.1

/** The same instant moved by `minutes`, written with the offset it had. */
function shifted(instant: string, minutes: number): string {
  const offset = instant.slice(19)
  const offsetMinutes =
    offset === 'Z'
      ? 0
      : (offset[0] === '-' ? -1 : 1) *
        (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
  const local = new Date(Date.parse(instant) + (minutes + offsetMinutes) * 60_000)
  return local.toISOString().slice(0, 19) + offset
}

/** Version B: about CHANGED_SHARE of the talks changed, one way each, in turn; as many new talks as removed. */
function changedVersion(
  index: ScheduleIndex,
  random: Random,
): { next: ScheduleIndex; changed: number } {
  const roomIds = index.rooms.map((room) => room.id)
  const talks: ScheduleTalk[] = []
  let changed = 0
  let removed = 0
  for (const talk of index.talks) {
    if (!random.chance(CHANGED_SHARE)) {
      talks.push(talk)
      continue
    }
    changed++
    switch (changed % 7) {
      case 0:
        talks.push({ ...talk, start: shifted(talk.start, 30), end: shifted(talk.end, 30) })
        break
      case 1:
        // Another room than its own, so that every change made is one to find.
        talks.push({
          ...talk,
          roomId: roomIds[(roomIds.indexOf(talk.roomId ?? '') + 1) % roomIds.length],
        })
        break
      case 2:
        talks.push({ ...talk, title: `${talk.title} (updated)` })
        break
      case 3:
        talks.push({ ...talk, status: 'cancelled' })
        break
      case 4:
        talks.push({
          ...talk,
          id: `${talk.id}-renamed`,
          formerIds: [...(talk.formerIds ?? []), talk.id],
        })
        break
      case 5:
        removed++
        break
      default:
        talks.push({
          ...talk,
          start: shifted(talk.start, -15),
          status: 'cancelled',
          roomId: roomIds[0],
        })
    }
  }
  for (let i = 0; i < removed; i++) {
    const model = index.talks[random.int(0, index.talks.length - 1)]!
    talks.push({ ...model, id: `added-${i}`, title: `A new talk ${i}`, formerIds: undefined })
  }
  return { next: { ...index, version: `${index.version}-b`, talks }, changed: changed + removed }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const fixed = (value: number) => value.toFixed(2)

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

function bench(name: string, dataset: Dataset) {
  const random = createRandom(SEED)
  const previousIndex = splitDataset(dataset, (i) => `details/${i}.json`).schedule
  const { next, changed } = changedVersion(previousIndex, random)
  const previous = digestOf(previousIndex)
  const starred = new Set(previousIndex.talks.filter(() => random.chance(0.01)).map((t) => t.id))
  const digestMs: number[] = []
  const compareMs: number[] = []
  const keepMs: number[] = []
  const readMs: number[] = []
  let found = 0
  let bytes = 0
  let keptBytes = 0
  for (let run = 0; run <= RUNS; run++) {
    const digest = timed(() => digestOf(next))
    const comparison = timed(() => compareSchedules(previous, digest.value, starred))
    const kept = timed(() => serializeSeen(digest.value, Date.now()))
    const read = timed(() => parseSeen(kept.value))
    if (run === 0) {
      // The warm-up run: not timed, but it says what was found and how big the digest is.
      found = comparison.value.starred.length + comparison.value.others.length
      bytes = Buffer.byteLength(JSON.stringify(digest.value))
      keptBytes = Buffer.byteLength(kept.value)
      if (JSON.stringify(read.value?.digest) !== JSON.stringify(digest.value))
        console.error(`changes conference=${name}: the digest read back differs from the one kept`)
      continue
    }
    digestMs.push(digest.ms)
    compareMs.push(comparison.ms)
    keepMs.push(kept.ms)
    readMs.push(read.ms)
  }
  console.log(
    `changes conference=${name} talks=${next.talks.length} changed=${changed} found=${found}` +
      ` digest_median_ms=${fixed(median(digestMs))} digest_max_ms=${fixed(Math.max(...digestMs))}` +
      ` compare_median_ms=${fixed(median(compareMs))} compare_max_ms=${fixed(Math.max(...compareMs))}` +
      ` keep_median_ms=${fixed(median(keepMs))} read_median_ms=${fixed(median(readMs))}` +
      ` digest_bytes=${bytes} kept_bytes=${keptBytes}`,
  )
  if (found !== changed)
    console.error(`changes conference=${name}: found ${found}, expected ${changed}`)
}

function main() {
  bench(`generated-${TALKS}`, generateConference({ talks: TALKS, seed: SEED }).dataset)
  const fosdem = sharedDataFile(FOSDEM_2026_FILE, 'changes conference=fosdem-2026')
  if (fosdem) bench('fosdem-2026', importScheduleFile(fosdem).dataset)
  else console.log('changes conference=fosdem-2026 SKIPPED (its schedule file is absent)')
}

if (import.meta.url === `file://${process.argv[1]}`) main()

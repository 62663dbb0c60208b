import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { runImportCli } from './run-cli'

const FIXTURES = resolve(import.meta.dirname, 'fixtures')
const REPO = resolve(import.meta.dirname, '../..')

let dir: string
let output: { log: string[]; error: string[] }
const io = {
  log: (line: string) => output.log.push(line),
  error: (line: string) => output.error.push(line),
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-import-'))
  output = { log: [], error: [] }
})

function run(...args: string[]) {
  return runImportCli(args, io)
}

describe('npm run import', () => {
  it('detects frab XML, writes the dataset and says what it imported and how long it took', () => {
    const out = join(dir, 'tiny.json')
    expect(run(join(FIXTURES, 'tiny-frab.xml'), '--out', out)).toBe(0)
    expect(output.log).toEqual([
      expect.stringMatching(
        /^imported 7 talks, 3 rooms, 6 people from tiny-frab\.xml \(frab XML\) -> .*tiny\.json in \d+\.\d s \(version 2026-01-20\.[0-9a-f]{8}\)$/,
      ),
      expect.stringMatching(/^history -> .*tiny\.ids\.json \(first import: no revisions\)$/),
    ])
    expect(output.error).toEqual([expect.stringMatching(/^warning: tiny-frab\.xml: line 86: /)])
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ schemaVersion: 2 })
  })

  it('detects schedule JSON; --time-zone, --as-of and --id apply', () => {
    const out = join(dir, 'tiny.json')
    const args = ['--time-zone', 'Europe/Berlin', '--as-of', '2020-12-20', '--id', 'tiny-2020']
    expect(run(join(FIXTURES, 'tiny-schedule.json'), '--out', out, ...args)).toBe(0)
    expect(output.log[0]).toMatch(
      /^imported 4 talks, 3 rooms, 6 people from tiny-schedule\.json \(schedule JSON\)/,
    )
    const dataset = JSON.parse(readFileSync(out, 'utf8'))
    expect([dataset.asOf, dataset.conference.id, dataset.conference.timeZone]).toEqual([
      '2020-12-20',
      'tiny-2020',
      'Europe/Berlin',
    ])
  })

  it('writes nothing when the import fails, and keeps an earlier file as it was', () => {
    const out = join(dir, 'tiny.json')
    expect(run(join(FIXTURES, 'tiny-schedule.json'), '--out', out)).toBe(1)
    expect(output.error).toEqual([
      "import failed, nothing written: tiny-schedule.json: schedule.conference: the file names no time zone (no time_zone_name): give the venue's with --time-zone, e.g. --time-zone Europe/Berlin",
    ])
    expect(existsSync(out)).toBe(false)

    writeFileSync(out, 'earlier')
    const broken = join(dir, 'broken.xml')
    writeFileSync(broken, '<?xml version="1.0"?>\n<schedule>\n  <conference>\n</schedule>\n')
    expect(run(broken, '--out', out)).toBe(1)
    expect(output.error[1]).toMatch(
      /^import failed, nothing written: broken\.xml: line 4, column \d+: malformed XML/,
    )
    expect(readFileSync(out, 'utf8')).toBe('earlier')
    expect(readdirSync(dir).sort()).toEqual(['broken.xml', 'tiny.json'])
  })

  it('asks for --out, and refuses a file of no known format', () => {
    expect(run(join(FIXTURES, 'tiny-frab.xml'))).toBe(1)
    expect(output.error[0]).toMatch(
      /tiny-frab\.xml is frab XML: say where to write the dataset with --out/,
    )
    const text = join(dir, 'notes.txt')
    writeFileSync(text, 'just some notes')
    expect(run(text, '--out', join(dir, 'x.json'))).toBe(1)
    expect(output.error[1]).toMatch(/notes\.txt: the file: is not a schedule: expected frab XML/)
    expect(existsSync(join(dir, 'x.json'))).toBe(false)
  })

  it('still runs a session-page import config, and refuses schedule options with it', () => {
    const config = JSON.parse(readFileSync(join(REPO, 'data/neurips-2018.import.json'), 'utf8'))
    const configPath = join(dir, 'neurips.import.json')
    writeFileSync(
      configPath,
      JSON.stringify({
        ...config,
        source: join(REPO, 'data', config.source),
        output: 'out.json',
        idMap: 'ids.json',
      }),
    )
    expect(run(configPath, '--out', join(dir, 'x.json'))).toBe(1)
    expect(output.error[0]).toMatch(/is an import config: it names its own output/)
    expect(run(configPath)).toBe(0)
    expect(output.log[0]).toMatch(/^imported 14 talks in 1 session\(s\)/)
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).talks).toHaveLength(14)
  })
})

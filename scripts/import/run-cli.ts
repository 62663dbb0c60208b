import { readFileSync } from 'node:fs'
import { basename, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { ImportError } from './import-error'
import { readRegistry, RegistryError, registryNews, registryPathFor } from './import-registry'
import { detectFormat, importScheduleFile } from './import-schedule-file'
import { readImportConfig } from './read-import-config'
import { runImport } from './run-import'
import { writeAtomically } from './write-atomically'

export const USAGE = `usage: npm run import -- [file] [--out dataset.json] [--time-zone Europe/Berlin] [--as-of 2026-01-20] [--id conf-2026]
  file         frab XML, schedule JSON (frab/pretalx) or an import config (.import.json);
               default data/neurips-2018.import.json
  --out        where to write the dataset (required for a schedule file; an import config names its own);
               each talk's history is kept beside it (x.json -> x.ids.json): keep that file with the dataset
  --time-zone  the venue's IANA zone, when the file names none (or to override it)
  --as-of      the date the file was captured (default: a date in the file's version, else today)
  --id         the conference id (default: the slug of the file's acronym)`

export interface CliOutput {
  log: (line: string) => void
  error: (line: string) => void
}

/**
 * The import command: detects the file's format, imports it and writes the dataset atomically. Returns the exit
 * code; nothing is written unless the whole import and its validation succeeded.
 */
export function runImportCli(args: readonly string[], out: CliOutput = console): number {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'time-zone': { type: 'string' },
        'as-of': { type: 'string' },
        id: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    out.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    out.log(USAGE)
    return 0
  }
  if (positionals.length > 1) {
    out.error(`one file at a time, got ${positionals.length}\n${USAGE}`)
    return 2
  }
  const path = positionals[0] ?? 'data/neurips-2018.import.json'
  try {
    const format = detectFormat(readFileSync(path, 'utf8'))
    if (format === 'import config') {
      if (values.out ?? values['time-zone'] ?? values['as-of'] ?? values.id)
        throw new Error(
          `${path} is an import config: it names its own output, zone and date; give no options`,
        )
      return runConfig(path, out)
    }
    if (!values.out)
      throw new Error(`${path} is ${format}: say where to write the dataset with --out`)
    if (values['as-of'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))
      throw new Error(`--as-of "${values['as-of']}" is not a date like 2026-01-20`)
    const started = performance.now()
    const registryPath = registryPathFor(values.out)
    const registry = readRegistry(registryPath)
    const {
      dataset,
      registry: nextRegistry,
      warnings,
    } = importScheduleFile(path, {
      ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
      ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
      ...(values.id ? { conferenceId: values.id } : {}),
      ...(registry ? { registry } : {}),
    })
    writeAtomically(values.out, `${JSON.stringify(dataset, null, 2)}\n`)
    writeAtomically(registryPath, `${JSON.stringify(nextRegistry, null, 2)}\n`)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    for (const warning of warnings) out.error(`warning: ${basename(path)}: ${warning}`)
    out.log(
      `imported ${dataset.talks.length} talks, ${dataset.rooms.length} rooms, ${dataset.authors.length} people from ${basename(path)} (${format}) -> ${values.out} in ${seconds} s (version ${dataset.version})`,
    )
    out.log(`history -> ${registryPath} (${registryNews(registry, nextRegistry)})`)
    return 0
  } catch (error) {
    // A registry error names its own file; any other names the source's.
    const where = error instanceof RegistryError ? '' : `${basename(path)}: `
    out.error(
      `import failed, nothing written: ${where}${error instanceof Error ? error.message : String(error)}`,
    )
    return 1
  }
}

/** The session-page import, as before: the config names the page, the output and the id map. */
function runConfig(path: string, out: CliOutput): number {
  const config = readImportConfig(path)
  try {
    const dataset = runImport(config)
    out.log(
      `imported ${dataset.talks.length} talks in ${dataset.sessions.length} session(s), ${dataset.authors.length} authors -> ${relative(process.cwd(), config.output)} (version ${dataset.version})`,
    )
    return 0
  } catch (error) {
    // A page error names a line of the page, not of the config.
    if (error instanceof ImportError)
      throw new Error(`source ${relative(process.cwd(), config.source)}, ${error.message}`)
    throw error
  }
}

/**
 * npm run import [-- path/to/config.import.json]
 * Turns a session page's text into the bundled dataset. See README, "Importing a session".
 */
import { relative } from 'node:path'
import { ImportError } from './import/import-error'
import { readImportConfig } from './import/read-import-config'
import { runImport } from './import/run-import'

const configPath = process.argv[2] ?? 'data/neurips-2018.import.json'
try {
  const config = readImportConfig(configPath)
  const dataset = runImport(config)
  const where = relative(process.cwd(), config.output)
  console.log(
    `imported ${dataset.talks.length} talks in ${dataset.sessions.length} session(s), ${dataset.authors.length} authors -> ${where} (version ${dataset.version})`,
  )
} catch (error) {
  const source = error instanceof ImportError ? `${configPath} source, ` : ''
  console.error(
    `import failed, nothing written: ${source}${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}

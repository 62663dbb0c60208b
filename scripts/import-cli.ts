/**
 * npm run import [-- file] [--out dataset.json] [--time-zone zone] [--as-of date] [--id conference-id]
 * Imports a frab XML or schedule JSON file, or runs a session-page import config. See README, "Importing".
 */
import { runImportCli } from './import/run-cli'

process.exitCode = runImportCli(process.argv.slice(2))

/**
 * npm run dataset:edit -- <in.json> --out <out.json> [--move id=+15] [--room id=room] [--cancel id] ...
 * Makes version B of a dataset without a second source, to try how a schedule change reaches the attendee. See
 * README, "Trying a schedule change".
 */
import { runEditCli } from './edit-dataset'

process.exitCode = runEditCli(process.argv.slice(2))

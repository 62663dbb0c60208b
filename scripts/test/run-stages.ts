/**
 * `npm test`: each stage in turn, stopping at the first that fails, then one line with what each took, so every run
 * (CI's included) shows where its time went. The last line counts the stages in the form CI reads.
 */
import { spawnSync } from 'node:child_process'

interface Stage {
  name: string
  script: string
}

const STAGES: Stage[] = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'unit', script: 'test:unit' },
  { name: 'build', script: 'build' },
  { name: 'browser', script: 'test:browser' },
]

interface StageResult {
  name: string
  seconds: number
  ok: boolean
}

function timingSummary(results: StageResult[], total: number): string {
  const stages = results.map((r) => `${r.name} ${r.seconds.toFixed(1)} s${r.ok ? '' : ' (failed)'}`)
  return `timing: ${stages.join(' · ')} · total ${total.toFixed(1)} s`
}

function run(stage: Stage): StageResult {
  const started = performance.now()
  console.log(`\n▶ ${stage.name}: npm run ${stage.script}`)
  const { status } = spawnSync('npm', ['run', '--silent', stage.script], { stdio: 'inherit' })
  return { name: stage.name, seconds: (performance.now() - started) / 1000, ok: status === 0 }
}

const started = performance.now()
const results: StageResult[] = []
for (const stage of STAGES) {
  const result = run(stage)
  results.push(result)
  if (!result.ok) break
}
const failed = results.filter((r) => !r.ok).length
console.log(`\n${timingSummary(results, (performance.now() - started) / 1000)}`)
console.log(`stages: ${results.length - failed} passed, ${failed} failed`)
process.exitCode = failed === 0 ? 0 : 1

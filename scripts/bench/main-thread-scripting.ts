/**
 * A page's scripting on its main thread, from a Chromium trace: the outermost script events (evaluating and compiling
 * scripts, calling into JS for events, timers, frames, microtasks, and the garbage collection between them), summed
 * two ways:
 *
 * - wall: how long they took, as DevTools shows "Scripting" (and close to CDP's ScriptDuration);
 * - cpu: the main thread's own CPU time during them ("tdur"). On a machine whose cores are shared with other work,
 *   the operating system takes the thread off its core in the middle of a script and the wall figure counts that
 *   wait; the CPU figure is what the scripts cost, and it holds still from run to run.
 */

/** What to pass to `browser.startTracing` for these events and their CPU times. */
export const SCRIPT_TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
]

/** The events DevTools files under "Scripting". */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'v8.callFunction',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'MinorGC',
  'MajorGC',
])

export interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  ts: number
  /** Wall duration, µs. */
  dur?: number
  /** Thread (CPU) duration, µs. */
  tdur?: number
  args?: {
    name?: string
    data?: { url?: string; processId?: number; isOutermostMainFrame?: boolean }
  }
}

export interface Scripting {
  wallMs: number
  cpuMs: number
}

/** The scripting of the page whose top-level document was last committed at an address under `origin`. */
export function mainThreadScripting(events: readonly TraceEvent[], origin: string): Scripting {
  const commits = events.filter(
    (e) =>
      e.name === 'FrameCommittedInBrowser' &&
      e.args?.data?.isOutermostMainFrame &&
      e.args.data.url?.startsWith(origin),
  )
  const pid = commits.at(-1)?.args?.data?.processId
  if (pid === undefined) throw new Error(`the trace has no page committed at ${origin}`)
  const main = events.find(
    (e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )
  if (!main) throw new Error(`the trace has no main thread for renderer ${pid}`)
  const scripts = events
    .filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && SCRIPT_EVENTS.has(e.name))
    // Outer events first where two start together, so that nested ones are skipped below.
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  let wall = 0
  let cpu = 0
  let outerEnd = -Infinity
  for (const event of scripts) {
    if (event.ts < outerEnd) continue // inside one already counted
    wall += event.dur ?? 0
    cpu += event.tdur ?? event.dur ?? 0
    outerEnd = event.ts + (event.dur ?? 0)
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 }
}

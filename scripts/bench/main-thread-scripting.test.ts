import { describe, expect, it } from 'vitest'
import { mainThreadScripting, type TraceEvent } from './main-thread-scripting'

const ORIGIN = 'http://127.0.0.1:4173'
const PAGE = 20
const OTHER = 30

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
})
const committed = (processId: number, url: string): TraceEvent => ({
  name: 'FrameCommittedInBrowser',
  ph: 'I',
  pid: 1,
  tid: 1,
  ts: 0,
  args: { data: { processId, url, isOutermostMainFrame: true } },
})
const span = (name: string, ts: number, dur: number, tdur: number, pid = PAGE, tid = 1) =>
  ({ name, ph: 'X', pid, tid, ts, dur, tdur }) satisfies TraceEvent

const trace: TraceEvent[] = [
  meta(PAGE, 1, 'CrRendererMain'),
  meta(PAGE, 2, 'ServiceWorker thread'),
  meta(OTHER, 1, 'CrRendererMain'),
  committed(OTHER, 'about:blank'),
  committed(PAGE, `${ORIGIN}/?now=2018-12-04T12:52:00-08:00`),
  // Module evaluation with a compile and a call nested in it: counted once, as the outer event.
  span('v8.evaluateModule', 1_000, 50_000, 30_000),
  span('v8.compile', 2_000, 5_000, 5_000),
  span('FunctionCall', 10_000, 20_000, 15_000),
  // A task of React's scheduler, and a layout that is not scripting.
  span('FunctionCall', 60_000, 10_000, 6_000),
  span('Layout', 80_000, 40_000, 40_000),
  // Script on other threads and in another renderer.
  span('FunctionCall', 60_000, 99_000, 99_000, PAGE, 2),
  span('EvaluateScript', 0, 99_000, 99_000, OTHER, 1),
]

describe('mainThreadScripting', () => {
  it('sums the outermost script events of the page’s main thread, in wall and CPU time', () => {
    expect(mainThreadScripting(trace, ORIGIN)).toEqual({ wallMs: 60, cpuMs: 36 })
  })

  it('says so when the page is not in the trace', () => {
    expect(() => mainThreadScripting(trace, 'http://127.0.0.1:1')).toThrow(/no page committed/)
  })
})

/**
 * 24 queries over a small invented conference in Chinese (traditional and simplified), Japanese, Korean and Thai,
 * some titles mixed with English (scripts/bench/fixtures/cjk-conference.xml): words inside longer runs of
 * characters, given names without the family name, mixed-script queries, room and track names.
 */
import { fileURLToPath } from 'node:url'
import { importScheduleFile } from '../../import/import-schedule-file'
import type { RelevanceSet } from './relevance-set'

export const CJK_CONFERENCE_FILE = fileURLToPath(
  new URL('../fixtures/cjk-conference.xml', import.meta.url),
)

export const cjkConference: RelevanceSet = {
  name: 'cjk-fixture',
  load: () => importScheduleFile(CJK_CONFERENCE_FILE).dataset,
  queries: [
    // Words inside a run of characters.
    { text: '亂數', kind: 'inside a run', expected: 'cjk-2' },
    { text: '編譯器', kind: 'inside a run', expected: ['cjk-1', 'cjk-21'] },
    { text: '平行編譯器', kind: 'inside a run', expected: 'cjk-21' },
    { text: '画像認識', kind: 'inside a run', expected: 'cjk-5' },
    { text: '全文検索', kind: 'inside a run', expected: 'cjk-14' },
    { text: '类型推断', kind: 'inside a run', expected: 'cjk-12' },
    { text: '即時作業系統', kind: 'inside a run', expected: 'cjk-13' },
    { text: '去中心化', kind: 'inside a run', expected: 'cjk-18' },
    { text: '스케줄러', kind: 'Korean word', expected: 'cjk-8' },
    { text: '접근성', kind: 'Korean word with a particle', expected: 'cjk-16' },
    { text: 'โปรแกรม', kind: 'Thai inside a run', expected: 'cjk-19' },
    // Speakers: the whole name, the given name alone.
    { text: '柏愷', kind: 'given name', expected: 'cjk-1' },
    { text: '黃柏愷', kind: 'full name', expected: 'cjk-1' },
    { text: '민수', kind: 'given name', expected: 'cjk-8' },
    { text: '山田', kind: 'family name', expected: 'cjk-5' },
    { text: '高橋健', kind: 'full name', expected: 'cjk-14' },
    // Mixed scripts.
    { text: 'Rust 編譯器', kind: 'mixed', expected: 'cjk-1' },
    { text: 'WebAssembly ランタイム', kind: 'mixed', expected: 'cjk-6' },
    { text: 'RISC-V 处理器', kind: 'mixed', expected: 'cjk-20' },
    { text: 'Kubernetes トレーシング', kind: 'mixed', expected: 'cjk-15' },
    { text: 'rust compiler', kind: 'English', expected: 'cjk-22' },
    // Rooms and tracks: the first talk there.
    { text: '國際會議廳', kind: 'room', expected: 'cjk-1' },
    { text: '小教室', kind: 'room, part of its name', expected: 'cjk-5' },
    { text: '資料庫', kind: 'track', expected: 'cjk-10' },
  ],
}

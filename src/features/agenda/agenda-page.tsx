import { useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import { useSchedule } from '../../data/use-schedule'
import { shareIndex } from '../../lib/stars/share-code'
import { readSharedIds } from './agenda-link'
import { MyAgenda } from './my-agenda'
import { SharedAgenda } from './shared-agenda'
import './agenda.css'

/** /agenda is your own agenda; /agenda?ids=... (or ?a=, compact) is one shared with you, read-only until added. */
export function AgendaPage() {
  const model = useSchedule()
  const [params] = useSearchParams()
  const query = params.toString()
  const index = useMemo(() => shareIndex(model.talkById.keys()), [model])
  // Keyed on the query text, so the shared list (and the agenda built from it) is stable between renders.
  const shared = useMemo(() => readSharedIds(new URLSearchParams(query), index), [query, index])
  return shared ? (
    <SharedAgenda model={model} shared={shared} />
  ) : (
    <MyAgenda model={model} index={index} />
  )
}

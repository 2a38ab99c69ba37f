import { formatDateTime } from '@/lib/dates'
import { PHASE_LABEL, phaseState, type Phase } from '@/lib/timeline'
import { ViewerTime } from './ViewerTime'

const stateStyle = {
  past: 'border-stone-300 bg-stone-100 text-stone-600',
  current: 'border-brand-600 bg-brand-50 text-stone-900',
  upcoming: 'border-stone-300 bg-white text-stone-800',
} as const

const stateLabel = { past: 'Done', current: 'Now', upcoming: 'Upcoming' } as const

/** Dates in `timeZone` when given, else in the viewer's zone (ViewerTime: the page stays the same for everyone). */
export function Timeline({ phases, now, timeZone }: { phases: Phase[]; now: Date; timeZone?: string | null }) {
  const when = (date: Date) =>
    timeZone === undefined ? <ViewerTime iso={date.toISOString()} /> : <time dateTime={date.toISOString()}>{formatDateTime(date, timeZone)}</time>
  return (
    <ol className="space-y-3">
      {phases.map((phase) => {
        const state = phaseState(phase, phases, now)
        return (
          <li key={phase.kind} className={`rounded-lg border-l-4 p-3 ${stateStyle[state]}`} aria-current={state === 'current' ? 'step' : undefined}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">{PHASE_LABEL[phase.kind]}</h3>
              <span className="text-xs font-medium uppercase tracking-wide">{stateLabel[state]}</span>
            </div>
            <p className="text-sm">
              {when(phase.startsAt)}
              {phase.endsAt ? (
                <>
                  {' '}
                  to {when(phase.endsAt)}
                </>
              ) : null}
            </p>
            {phase.note ? <p className="mt-1 text-sm">{phase.note}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}

import type { SeasonFigures } from '@/lib/stats'

const LABELS: [keyof SeasonFigures, string][] = [
  ['applications', 'Applications'],
  ['ideasListed', 'Ideas listed'],
  ['ideasThatReceivedApplications', 'Ideas that drew applications'],
  ['mostApplicationsForOneIdea', 'Most applications for one idea'],
  ['mentors', 'Mentors'],
  ['acceptedStudents', 'Accepted students'],
  ['acceptanceRate', 'Acceptance rate'],
]

export function FigureList({ figures, compact = false }: { figures: SeasonFigures; compact?: boolean }) {
  return (
    <dl className={`grid gap-3 ${compact ? 'grid-cols-2' : 'grid-cols-2 sm:grid-cols-3'}`}>
      {LABELS.map(([key, label]) => (
        <div key={key} className="rounded-lg border border-stone-200 bg-white p-3" data-figure={key}>
          <dt className="text-sm text-stone-600">{label}</dt>
          {figures[key] === null ? (
            // Only the accepted students and the rate are ever null: before the announcement (lib/stats/queries.ts).
            <dd className="pt-1 text-base font-semibold text-stone-700">Not announced yet</dd>
          ) : (
            <dd className="text-2xl font-bold text-stone-900">{key === 'acceptanceRate' ? `${figures[key]}%` : figures[key]}</dd>
          )}
        </div>
      ))}
    </dl>
  )
}

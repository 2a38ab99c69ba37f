'use client'
// The rows of a page of the review list (app/(app)/seasons/[season]/review/page.tsx). A client component for one
// reason, as components/IdeaRows.tsx: its props are the rows' data, so React's payload that follows the HTML
// carries each row once as data instead of as a serialized tree of ten cells (the payload was twice the HTML).
// The HTML is the same, rendered on the server; nothing here is interactive. Cells are styled by the table's
// classes (set once on the table), not per cell.
import { FLAG_LABEL, type ReviewFlag } from '@/lib/reviews/flag-labels'

export type ReviewRow = {
  id: string
  title: string
  conflicted: boolean
  idea: string | null
  student: string
  reviews: number | null
  myScore: number | null
  mean: number | null
  calibrated: number | null
  stdError: number | null
  spread: number | null
  willing: string[]
  flags: ReviewFlag[]
  scoresHidden: boolean
}

const number = (value: number | null, digits = 2) => (value === null ? '–' : Number.isInteger(value) ? String(value) : value.toFixed(digits))

export function ReviewRows({ rows, base }: { rows: ReviewRow[]; base: string }) {
  return (
    <tbody>
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row">
            {row.conflicted ? (
              row.title || 'Untitled proposal'
            ) : (
              // A plain link: fifty client-side <Link>s would prefetch fifty pages.
              <a href={`${base}/proposals/${row.id}`}>{row.title || 'Untitled proposal'}</a>
            )}
          </th>
          <td>{row.idea ?? 'Own topic'}</td>
          <td>{row.student}</td>
          <td className="text-right">{row.reviews ?? '–'}</td>
          <td className="text-right">{number(row.myScore)}</td>
          <td className="text-right">{row.scoresHidden ? <span className="text-stone-600">after yours</span> : number(row.mean)}</td>
          <td className="text-right whitespace-nowrap">
            {row.scoresHidden ? '' : number(row.calibrated)}
            {row.stdError !== null ? <span className="text-stone-600">{` ± ${row.stdError.toFixed(2)}`}</span> : null}
          </td>
          <td className="text-right">{row.scoresHidden ? '' : number(row.spread)}</td>
          <td>{row.willing.length ? row.willing.join(', ') : '–'}</td>
          <td>
            {row.flags.length ? (
              <ul className="flex flex-wrap gap-1">
                {row.flags.map((flag) => (
                  <li key={flag}>{FLAG_LABEL[flag]}</li>
                ))}
              </ul>
            ) : null}
          </td>
        </tr>
      ))}
    </tbody>
  )
}

// Applications per idea as a bar chart, drawn on the server: plain HTML for the idea names (they wrap, so a
// phone shows them whole) and for the bars, SVG for the axis, with no script at all. The same numbers are in
// the table beside it, which is what screen readers get; the chart is hidden from them so no bar is read twice.
// Styled by the `.bar-chart` classes (app/globals.css) and the gridlines drawn by CSS behind each bar: every row is
// sent twice (HTML, then the RSC payload), so a row carries only its name, its bar's width and its number.
import type { CSSProperties } from 'react'
import { axisTicks, percentOf } from '@/lib/chart'

const AXIS_TEXT = '#57534e' // stone-600

export function ApplicationsChart({ data }: { data: { title: string; applications: number }[] }) {
  const ticks = axisTicks(Math.max(0, ...data.map((d) => d.applications)))
  const top = ticks.at(-1) ?? 1
  // The ticks are evenly spaced from 0 to `top`: the gridlines are a background repeated that many times.
  const grid = { '--intervals': ticks.length - 1 } as CSSProperties
  return (
    <figure aria-hidden="true" data-chart="applications" className="bar-chart p-2">
      <ol style={grid}>
        {data.map((idea, i) => (
          <li key={`${i}-${idea.title}`}>
            <span>{idea.title}</span>
            <div>
              <div data-bar="" style={{ width: `${percentOf(idea.applications, top)}%` }} />
            </div>
            <span>{idea.applications}</span>
          </li>
        ))}
      </ol>
      <div className="mt-1 grid grid-cols-[minmax(0,1fr)_2rem] gap-x-2">
        <svg className="h-6 w-full overflow-visible" role="presentation" focusable="false">
          <line x1="0" x2="100%" y1="0.5" y2="0.5" stroke={AXIS_TEXT} strokeWidth="1" />
          {ticks.map((tick, i) => (
            <text
              key={tick}
              x={`${percentOf(tick, top)}%`}
              y="18"
              fontSize="12"
              fill={AXIS_TEXT}
              textAnchor={i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
            >
              {tick}
            </text>
          ))}
        </svg>
      </div>
      <figcaption className="text-center text-xs text-stone-600">Applications</figcaption>
    </figure>
  )
}

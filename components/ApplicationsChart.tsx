// Applications per idea as a bar chart, drawn on the server: plain HTML for the idea names (they wrap, so a
// phone shows them whole) and SVG for the bars and the axis, with no script at all. The same numbers are in
// the table beside it, which is what screen readers get; the chart is hidden from them so no bar is read twice.
import { axisTicks, percentOf } from '@/lib/chart'

const BAR = '#c2410c' // brand-600: 5.2:1 on white
const GRID = '#e7e5e4' // stone-200
const AXIS_TEXT = '#57534e' // stone-600

function Gridlines({ ticks, top }: { ticks: number[]; top: number }) {
  return ticks.map((tick) => <line key={tick} x1={`${percentOf(tick, top)}%`} x2={`${percentOf(tick, top)}%`} y1="0" y2="100%" stroke={GRID} strokeWidth="1" />)
}

export function ApplicationsChart({ data }: { data: { title: string; applications: number }[] }) {
  const ticks = axisTicks(Math.max(0, ...data.map((d) => d.applications)))
  const top = ticks.at(-1) ?? 1
  return (
    <figure aria-hidden="true" data-chart="applications" className="p-2">
      <ol className="space-y-2">
        {data.map((idea, i) => (
          <li key={`${i}-${idea.title}`} className="grid grid-cols-[minmax(0,1fr)_2rem] items-center gap-x-2">
            <span className="col-span-2 text-sm text-stone-800 [overflow-wrap:anywhere]">{idea.title}</span>
            <svg className="h-4 w-full overflow-visible" role="presentation" focusable="false">
              <Gridlines ticks={ticks} top={top} />
              <rect data-bar="" x="0" y="1" width={`${percentOf(idea.applications, top)}%`} height="14" rx="2" fill={BAR} />
            </svg>
            <span className="text-right text-sm tabular-nums text-stone-800">{idea.applications}</span>
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

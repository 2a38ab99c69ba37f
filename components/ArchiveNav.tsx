import Link from 'next/link'
import { monthName } from '@/lib/dates'
import { listArchiveMonths } from '@/lib/announcements/queries'

export async function ArchiveNav({ current }: { current?: { year: number; month: number } }) {
  const months = await listArchiveMonths()
  if (months.length === 0) return null
  return (
    <nav aria-labelledby="archive-heading" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="archive-heading" className="mb-2 font-semibold">
        Archive
      </h2>
      <ul className="space-y-1 text-sm">
        {months.map(({ year, month, count }) => {
          const isCurrent = current?.year === year && current.month === month
          return (
            <li key={`${year}-${month}`}>
              <Link
                href={`/news/${year}/${String(month).padStart(2, '0')}`}
                aria-current={isCurrent ? 'page' : undefined}
                className={`underline-offset-2 hover:underline ${isCurrent ? 'font-semibold text-stone-900' : 'text-brand-700'}`}
              >
                {monthName(month)} {year}
              </Link>{' '}
              <span className="text-stone-500">({count})</span>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

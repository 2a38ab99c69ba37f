// The pages of a long list as a navigation landmark: "Page 2 of 8", Previous and Next (rel prev/next), and the
// numbers around the current page (lib/paging.ts pageWindow), the current one marked aria-current. A list that
// fits on one page shows nothing.
import Link from 'next/link'
import { pageWindow } from '@/lib/paging'

const step = 'inline-block rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100'

type Props = {
  page: number
  pages: number
  label: string
  href: (page: number) => string
  /** Page numbers shown on each side of the current one. */
  around?: number
  /** The bar's outer margin. */
  className?: string
}

export function Pagination({ page, pages, label, href, around = 1, className = 'mt-8' }: Props) {
  if (pages <= 1) return null
  return (
    <nav aria-label={label} className={`${className} flex flex-wrap items-center justify-between gap-3 text-sm`}>
      <p className="text-stone-600">
        Page {page} of {pages}
      </p>
      <ul className="flex flex-wrap items-center gap-1.5">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={step}>
              <span aria-hidden="true">← </span>Previous
            </Link>
          </li>
        ) : null}
        {pageWindow(page, pages, around).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-500">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={href(n)}
                aria-current={n === page ? 'page' : undefined}
                className={n === page ? 'inline-block rounded-md border border-brand-700 bg-brand-700 px-3 py-1.5 font-medium text-white' : step}
              >
                <span className="sr-only">Page </span>
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={step}>
              Next<span aria-hidden="true"> →</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}

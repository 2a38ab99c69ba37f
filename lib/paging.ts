// Paging of a public list (pure, no I/O). A list too long for one page (the ideas of an umbrella organization's
// season: 400 of them made 1.2 MB of HTML) is shown a page at a time; each page has its own address, so each is
// kept whole in the cache like the unpaged list was (lib/public-page.ts).

/** Ideas per page of the public ideas list. */
export const IDEAS_PER_PAGE = 50

/** How many pages `total` items fill, at least one (an empty list is one empty page). */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** A page number from an address: a whole number from 1 written plainly ("2", not "02", "2.0" or "+2"); else null. */
export function parsePageNumber(raw: string | null | undefined): number | null {
  if (!raw || !/^[1-9][0-9]{0,5}$/.test(raw)) return null
  return Number(raw)
}

export type Page<T> = {
  items: T[]
  /** 1-based. */
  page: number
  pages: number
  total: number
  /** The 1-based positions of the first and last item shown (0 and 0 on an empty list). */
  first: number
  last: number
}

/** Page `page` (1-based) of `items`; null when the list has no such page. */
export function pageOf<T>(items: T[], page: number, perPage: number): Page<T> | null {
  const pages = pageCount(items.length, perPage)
  if (!Number.isInteger(page) || page < 1 || page > pages) return null
  const start = (page - 1) * perPage
  const shown = items.slice(start, start + perPage)
  return { items: shown, page, pages, total: items.length, first: shown.length ? start + 1 : 0, last: start + shown.length }
}

/**
 * The page numbers a pagination bar shows: the first, the last, and the current one with `around` neighbours on each
 * side; a gap where numbers are left out is null ("1 … 4 5 6 … 20"). A gap of a single number shows the number.
 */
export function pageWindow(page: number, pages: number, around = 1): (number | null)[] {
  const shown = new Set([1, pages])
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n)
  const sorted = [...shown].sort((a, b) => a - b)
  const out: (number | null)[] = []
  for (const n of sorted) {
    const previous = out.at(-1)
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1)
    else if (typeof previous === 'number' && n - previous > 2) out.push(null)
    out.push(n)
  }
  return out
}

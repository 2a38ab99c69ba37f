// The addresses of the public ideas list's pages (pure). Page 1 is /seasons/<season>/ideas, page n
// /seasons/<season>/ideas/page/<n>: a path, not a search parameter, so each page without filters is cached whole
// (lib/public-page.ts). Filters ride in the query string; the proxy rewrites such an address to the search page.

export type ListFilters = { q?: string; difficulty?: string; skill?: string }

/** The address of page `page` of the season's ideas with these filters. */
export function ideasPageHref(seasonSlug: string, page: number, filters: ListFilters = {}): string {
  const path = page > 1 ? `/seasons/${seasonSlug}/ideas/page/${page}` : `/seasons/${seasonSlug}/ideas`
  const query = new URLSearchParams()
  for (const key of ['q', 'difficulty', 'skill'] as const) {
    const value = filters[key]
    if (value) query.set(key, value)
  }
  const search = query.toString()
  return search ? `${path}?${search}` : path
}

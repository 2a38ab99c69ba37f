// Parsing of the news archive's URL segments (pure): "/news/2011/04" and "/news/2011".
export function parseYear(segment: string): number | null {
  if (!/^\d{4}$/.test(segment)) return null
  const year = Number(segment)
  return year >= 1970 && year <= 9999 ? year : null
}

export function parseMonth(segment: string): number | null {
  if (!/^\d{2}$/.test(segment)) return null
  const month = Number(segment)
  return month >= 1 && month <= 12 ? month : null
}

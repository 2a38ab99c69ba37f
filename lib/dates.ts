// Dates are stored in UTC and shown in the viewer's time zone, always with the zone named.
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

export const DEFAULT_TIME_ZONE = 'UTC'

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

function zoneOrDefault(zone: string | null | undefined): string {
  return zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE
}

/** "8 April 2011, 19:00 UTC" or "8 April 2011, 21:00 GMT+2 (Europe/Berlin)": the offset and the zone's name. */
export function formatDateTime(date: Date, zone?: string | null): string {
  const tz = zoneOrDefault(zone)
  const local = new TZDate(date, tz)
  const abbreviation = new Intl.DateTimeFormat('en', { timeZone: tz, timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value
  const named = tz === 'UTC' ? 'UTC' : `${abbreviation ?? ''} (${tz})`.trim()
  return `${format(local, 'd MMMM yyyy, HH:mm')} ${named}`
}

export function formatDate(date: Date, zone?: string | null): string {
  return format(new TZDate(date, zoneOrDefault(zone)), 'd MMMM yyyy')
}

export function monthName(month: number): string {
  return format(new Date(Date.UTC(2000, month - 1, 1)), 'MMMM')
}

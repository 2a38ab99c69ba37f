'use client'
// A date and time in the viewer's time zone on a cached public page: rendered in UTC (the zone named) into the
// HTML everyone gets, then in the signed-in viewer's zone once /api/viewer answers.
import { formatDateTime } from '@/lib/dates'
import { useViewer } from './use-viewer'

export function ViewerTime({ iso }: { iso: string }) {
  const viewer = useViewer()
  return <time dateTime={iso}>{formatDateTime(new Date(iso), viewer?.timeZone)}</time>
}

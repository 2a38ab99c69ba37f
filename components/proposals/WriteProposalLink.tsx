// Where an idea's page offers "Write a proposal for this idea": the link while applications are open, and
// otherwise the reason it is missing, with the dates in the viewer's time zone (or UTC), the zone named. The
// only per-viewer part of the idea page: the dates are a client island (ViewerTime), so the page is cached whole.
import Link from 'next/link'
import { getNow } from '@/lib/organization'
import { applicationsOpen, type Phase } from '@/lib/timeline'
import { ViewerTime } from '../ViewerTime'

export async function WriteProposalLink({ seasonSlug, ideaSlug, phases }: { seasonSlug: string; ideaSlug: string; phases: Phase[] }) {
  const now = await getNow()
  if (applicationsOpen(phases, now)) {
    // Signed-out visitors sign in first and then land on the start page.
    return (
      <p className="mb-6">
        <Link
          href={`/me/proposals/new?season=${encodeURIComponent(seasonSlug)}&idea=${encodeURIComponent(ideaSlug)}`}
          className="inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          Write a proposal for this idea
        </Link>
      </p>
    )
  }
  const open = phases.find((p) => p.kind === 'APPLICATIONS_OPEN')
  const close = phases.find((p) => p.kind === 'APPLICATIONS_CLOSE')
  const when = (date: Date) => <ViewerTime iso={date.toISOString()} />
  let reason
  if (close && now >= close.startsAt) {
    reason = <>Applications closed on {when(close.startsAt)}, so no more proposals can be written for this idea.</>
  } else if (open && close && now < open.startsAt) {
    reason = (
      <>
        Applications are not open yet. You can write a proposal for this idea from {when(open.startsAt)} until {when(close.startsAt)}.
      </>
    )
  } else {
    reason = <>Applications for this season are not open: their dates are not set yet.</>
  }
  return <p className="mb-6 rounded-md border border-stone-300 bg-white p-4 text-stone-800">{reason}</p>
}

// The slot history of a season as its admins see it: every request and every grant, newest first, with who and
// when, and the request deadline (the end of the SLOT_REQUEST phase). null for anyone but the season's admins.
import 'server-only'
import { can } from '@/lib/authz'
import { db } from '@/lib/db'
import type { Viewer } from '@/lib/reviews/queries'

/** The last moment a slot request may be filed: the end of the SLOT_REQUEST phase (its start if it has no end). */
export function slotRequestDeadline(phases: { kind: string; startsAt: Date; endsAt: Date | null }[]): Date | null {
  const phase = phases.find((p) => p.kind === 'SLOT_REQUEST')
  return phase ? (phase.endsAt ?? phase.startsAt) : null
}

/** The latest request and grant, whoever asks (callers scope it). */
export async function currentSlots(seasonId: string) {
  const [request, allocation] = await Promise.all([
    db.slotRequest.findFirst({ where: { seasonId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { minSlots: true, maxSlots: true, createdAt: true } }),
    db.slotAllocation.findFirst({ where: { seasonId }, orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }], select: { granted: true, recordedAt: true } }),
  ])
  return { request, allocation }
}

export async function getSlotHistory(viewer: Viewer, seasonId: string) {
  if (!(await can(viewer, 'slots.manage', seasonId))) return null
  const [requests, allocations, phases] = await Promise.all([
    db.slotRequest.findMany({
      where: { seasonId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, minSlots: true, maxSlots: true, justification: true, createdAt: true, requestedBy: { select: { name: true } } },
    }),
    db.slotAllocation.findMany({
      where: { seasonId },
      orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
      select: { id: true, granted: true, note: true, recordedAt: true, recordedBy: { select: { name: true } } },
    }),
    db.seasonPhase.findMany({ where: { seasonId }, select: { kind: true, startsAt: true, endsAt: true } }),
  ])
  return { requests, allocations, deadline: slotRequestDeadline(phases) }
}

// Reads of invitations: the admin's list for a season, and the one a link points at.
import 'server-only'
import { db } from '@/lib/db'
import { invitationStatus, type InvitationStatus } from './rules'
import { hashInvitationToken } from './token'

/** Every invitation of a season with its status at `now`; callers must have passed season.administer. */
export async function listSeasonInvitations(seasonId: string, now: Date) {
  const rows = await db.invitation.findMany({
    where: { seasonId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      createdAt: true,
      invitedBy: { select: { name: true, email: true } },
      acceptedBy: { select: { name: true, email: true } },
    },
  })
  const withStatus = rows.map((row) => ({ ...row, status: invitationStatus(row, now) }))
  const by = (status: InvitationStatus) => withStatus.filter((row) => row.status === status)
  return { pending: by('pending'), accepted: by('accepted'), expired: by('expired') }
}

export type SeasonInvitation = Awaited<ReturnType<typeof listSeasonInvitations>>['pending'][number]

/** The invitation a link's token points at (with its season), or null. Only the hash is looked up. */
export async function getInvitationByToken(token: string) {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return null
  return db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      acceptedById: true,
      season: { select: { id: true, slug: true, title: true, organization: { select: { name: true } } } },
      invitedBy: { select: { name: true } },
    },
  })
}

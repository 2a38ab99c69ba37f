// Pure rules of an invitation's life: its status at a moment, and why a given person may not accept it.
// The accept page and the acceptInvitation action share them, so the page says what the action would say.
import type { SeasonRoleKind } from '@/generated/prisma/enums'
import type { ActionError } from '@/lib/actions'
import { formatDateTime } from '@/lib/dates'

export type InvitationStatus = 'pending' | 'accepted' | 'expired'

export const ROLE_NAME: Record<SeasonRoleKind, string> = { ADMIN: 'admin', MENTOR: 'mentor', STUDENT: 'student' }

export function invitationStatus(invitation: { acceptedAt: Date | null; expiresAt: Date }, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted'
  return invitation.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending'
}

export const UNKNOWN_INVITATION_MESSAGE =
  'This invitation link is not valid. It may have been revoked or copied incompletely; ask the season’s admins for a new one.'

type Refusal = { error: ActionError; message: string }

/**
 * Why `userId` (holding `roles` in the invitation's season) may not accept, or null if they may.
 * Order matters: a used link says "already used" even once it is also past its expiry.
 */
export function acceptRefusal(input: {
  invitation: { acceptedAt: Date | null; acceptedById: string | null; expiresAt: Date; role: SeasonRoleKind } | null
  seasonTitle?: string
  userId: string
  roles: ReadonlySet<SeasonRoleKind>
  now: Date
  timeZone?: string | null
}): Refusal | null {
  const { invitation, userId, roles, now, timeZone } = input
  if (!invitation) return { error: 'not_found', message: UNKNOWN_INVITATION_MESSAGE }
  const season = input.seasonTitle ?? 'this season'
  if (invitation.acceptedAt) {
    return invitation.acceptedById === userId
      ? { error: 'conflict', message: `This invitation was already used: you accepted it on ${formatDateTime(invitation.acceptedAt, timeZone)}, and you are a ${ROLE_NAME[invitation.role]} of ${season}.` }
      : { error: 'conflict', message: `This invitation was already used on ${formatDateTime(invitation.acceptedAt, timeZone)}. Each link works once; ask the season’s admins for a new one.` }
  }
  if (invitation.expiresAt.getTime() <= now.getTime()) {
    return { error: 'closed', message: `This invitation expired on ${formatDateTime(invitation.expiresAt, timeZone)}. Ask the season’s admins for a new one.` }
  }
  if (roles.has(invitation.role)) {
    return { error: 'conflict', message: `You are already a ${ROLE_NAME[invitation.role]} of ${season}, so there is nothing to accept.` }
  }
  if (invitation.role !== 'STUDENT' && roles.has('STUDENT')) {
    return {
      error: 'conflict',
      message: `You are a student in ${season}, so you cannot also be a ${ROLE_NAME[invitation.role]} in it (conflict of interest).`,
    }
  }
  return null
}

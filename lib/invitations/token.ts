// Invitation links are bearer credentials: a random 32-byte token travels in the link, and only its SHA-256
// hash is stored, so a leaked database cannot be turned into working links.
import { createHash, randomBytes } from 'node:crypto'
import { publicUrl } from '@/lib/public-url'

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashInvitationToken(token) }
}

/** The absolute link a person opens to accept, on the site's configured public URL (NEXTAUTH_URL). */
export function invitationLink(token: string): string {
  return publicUrl(`/invitations/${token}`)
}

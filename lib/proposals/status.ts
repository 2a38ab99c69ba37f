// Which proposals count as applications: those a student submitted and did not withdraw. Drafts and
// withdrawn proposals never count. The one definition that the stats page, the admin page and later the
// review queue share.
import type { ProposalStatus } from '@/generated/prisma/enums'

export const APPLICATION_STATUSES: ProposalStatus[] = ['SUBMITTED', 'ACCEPTED', 'REJECTED']

export function isApplication(status: ProposalStatus): boolean {
  return APPLICATION_STATUSES.includes(status)
}

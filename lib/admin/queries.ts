// Reads for the season's admin overview. Callers must have passed requirePermission('season.administer').
import 'server-only'
import { db } from '@/lib/db'
import { APPLICATION_STATUSES } from '@/lib/proposals/status'

export async function getAdminOverview(seasonId: string) {
  const [mentors, proposalsByStatus, slotRequest, slotAllocation, acceptances, audit] = await Promise.all([
    db.seasonRole.findMany({
      where: { seasonId, role: 'MENTOR' },
      select: {
        capacity: true,
        user: { select: { id: true, name: true, email: true, _count: { select: { acceptancesMentored: { where: { seasonId } } } } } },
      },
      orderBy: { user: { name: 'asc' } },
    }),
    db.proposal.groupBy({ by: ['status'], where: { seasonId }, _count: { _all: true } }),
    db.slotRequest.findFirst({ where: { seasonId }, orderBy: { createdAt: 'desc' } }),
    db.slotAllocation.findFirst({ where: { seasonId }, orderBy: { recordedAt: 'desc' } }),
    db.acceptance.findMany({
      where: { seasonId },
      select: { id: true, proposal: { select: { title: true } }, student: { select: { name: true } }, mentor: { select: { name: true } } },
      orderBy: { proposal: { title: 'asc' } },
    }),
    db.auditLog.findMany({
      // Autosaves of proposal drafts are audited too, but would drown everything else here.
      where: { seasonId, action: { not: 'proposal.update' } },
      orderBy: { at: 'desc' },
      take: 20,
      select: { id: true, at: true, action: true, entity: true, actor: { select: { name: true } } },
    }),
  ])
  const byStatus = Object.fromEntries(proposalsByStatus.map((row) => [row.status, row._count._all]))
  return {
    mentors: mentors.map((m) => ({ ...m.user, capacity: m.capacity ?? 1, assigned: m.user._count.acceptancesMentored })),
    proposals: {
      byStatus,
      applications: APPLICATION_STATUSES.reduce((sum, status) => sum + (byStatus[status] ?? 0), 0),
    },
    slotRequest,
    slotAllocation,
    acceptances,
    audit,
  }
}

export const AUDIT_PAGE_SIZE = 50

/** The season's audit log, newest first, a page at a time. */
export async function listAuditEntries(seasonId: string, page: number) {
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({
      where: { seasonId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } } },
    }),
    db.auditLog.count({ where: { seasonId } }),
  ])
  return { entries, total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) }
}

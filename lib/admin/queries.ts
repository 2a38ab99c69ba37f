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
      // In the order recorded: with a demo clock moved back and forth, the times alone would shuffle them.
      orderBy: { id: 'desc' },
      take: 20,
      select: { id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } } },
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
    audit: await withSubjects(audit),
  }
}

type AuditRow = { entity: string; entityId: string; before: unknown; after: unknown }

function field(row: AuditRow, key: string): unknown {
  for (const side of [row.after, row.before]) {
    if (side && typeof side === 'object' && key in side) return (side as Record<string, unknown>)[key]
  }
  return undefined
}

/**
 * What each entry is about, for its sentence: a proposal's or idea's title as it is now, an invitee's address,
 * a mentor's name. Looked up in one query per kind; a row deleted since falls back to what the entry kept.
 */
export async function withSubjects<T extends AuditRow>(entries: T[]): Promise<(T & { subject: string | null })[]> {
  const ids = (entity: string) => [...new Set(entries.filter((e) => e.entity === entity).map((e) => e.entityId))]
  // A role's person, from any entry about that role that kept it (a capacity change does not; the removal does).
  const roleUser = new Map<string, string>()
  for (const e of entries) {
    const userId = field(e, 'userId')
    if (e.entity === 'SeasonRole' && typeof userId === 'string') roleUser.set(e.entityId, userId)
  }
  const userIds = [...new Set(roleUser.values())]
  const [proposals, ideas, invitations, roles, users] = await Promise.all([
    db.proposal.findMany({ where: { id: { in: ids('Proposal') } }, select: { id: true, title: true } }),
    db.idea.findMany({ where: { id: { in: ids('Idea') } }, select: { id: true, title: true } }),
    db.invitation.findMany({ where: { id: { in: ids('Invitation') } }, select: { id: true, email: true } }),
    db.seasonRole.findMany({ where: { id: { in: ids('SeasonRole') } }, select: { id: true, user: { select: { name: true, email: true } } } }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
  ])
  const subject = new Map<string, string | null>([
    ...proposals.map((p) => [`Proposal:${p.id}`, p.title || null] as const),
    ...ideas.map((i) => [`Idea:${i.id}`, i.title] as const),
    ...invitations.map((i) => [`Invitation:${i.id}`, i.email] as const),
    ...roles.map((r) => [`SeasonRole:${r.id}`, r.user.name ?? r.user.email] as const),
  ])
  const userName = new Map(users.map((u) => [u.id, u.name ?? u.email]))
  return entries.map((entry) => {
    const kept = entry.entity === 'SeasonRole' ? userName.get(roleUser.get(entry.entityId) ?? '') : (field(entry, entry.entity === 'Invitation' ? 'email' : 'title') as string | undefined)
    return { ...entry, subject: subject.get(`${entry.entity}:${entry.entityId}`) ?? (typeof kept === 'string' && kept ? kept : null) }
  })
}

export const AUDIT_PAGE_SIZE = 50

/** The season's audit log, newest first (in the order recorded, as the demo clock may move back), a page at a time. */
export async function listAuditEntries(seasonId: string, page: number) {
  const [entries, total] = await Promise.all([
    db.auditLog.findMany({
      where: { seasonId },
      orderBy: { id: 'desc' },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } } },
    }),
    db.auditLog.count({ where: { seasonId } }),
  ])
  return { entries: await withSubjects(entries), total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) }
}

// Reads for the season's admin overview and its audit log. Callers must have passed
// requirePermission('season.administer'). The audit log is read as the viewer may see it: an admin with a conflict
// of interest does not read the entries about that proposal (its reviews' scores, its comments, its decision),
// as the review pages do not show them either.
import 'server-only'
import { Prisma } from '@/generated/prisma/client'
import { db } from '@/lib/db'
import type { Viewer } from '@/lib/reviews/queries'
import { APPLICATION_STATUSES } from '@/lib/proposals/status'

export async function getAdminOverview(viewer: Viewer, seasonId: string) {
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
    // Autosaves of proposal drafts are audited too, but would drown everything else here.
    readAuditEntries(viewer, seasonId, { skip: 0, take: 20, leaveOut: 'proposal.update' }),
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
    audit: await withSubjects(audit.entries),
  }
}

type AuditRow = { entity: string; entityId: string; before: unknown; after: unknown }

const ABOUT_A_PROPOSAL = new Set(['Review', 'Comment', 'Conflict'])

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
  // Reviews, comments and conflicts are about the proposal whose id they kept.
  const proposalOf = (e: AuditRow) => (e.entity === 'Proposal' ? e.entityId : ABOUT_A_PROPOSAL.has(e.entity) && typeof field(e, 'proposalId') === 'string' ? (field(e, 'proposalId') as string) : null)
  // A role's person, from any entry about that role that kept it (a capacity change does not; the removal does).
  const roleUser = new Map<string, string>()
  for (const e of entries) {
    const userId = field(e, 'userId')
    if (e.entity === 'SeasonRole' && typeof userId === 'string') roleUser.set(e.entityId, userId)
  }
  const userIds = [...new Set(roleUser.values())]
  const [proposals, ideas, invitations, roles, users] = await Promise.all([
    db.proposal.findMany({ where: { id: { in: [...new Set(entries.flatMap((e) => proposalOf(e) ?? []))] } }, select: { id: true, title: true } }),
    db.idea.findMany({ where: { id: { in: ids('Idea') } }, select: { id: true, title: true } }),
    db.invitation.findMany({ where: { id: { in: ids('Invitation') } }, select: { id: true, email: true } }),
    db.seasonRole.findMany({ where: { id: { in: ids('SeasonRole') } }, select: { id: true, user: { select: { name: true, email: true } } } }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } }),
  ])
  const subject = new Map<string, string | null>([
    ...proposals.map((p) => [`proposal:${p.id}`, p.title || null] as const),
    ...ideas.map((i) => [`Idea:${i.id}`, i.title] as const),
    ...invitations.map((i) => [`Invitation:${i.id}`, i.email] as const),
    ...roles.map((r) => [`SeasonRole:${r.id}`, r.user.name ?? r.user.email] as const),
  ])
  const userName = new Map(users.map((u) => [u.id, u.name ?? u.email]))
  return entries.map((entry) => {
    const kept = entry.entity === 'SeasonRole' ? userName.get(roleUser.get(entry.entityId) ?? '') : (field(entry, entry.entity === 'Invitation' ? 'email' : 'title') as string | undefined)
    const about = proposalOf(entry)
    const key = about ? `proposal:${about}` : `${entry.entity}:${entry.entityId}`
    return { ...entry, subject: subject.get(key) ?? (typeof kept === 'string' && kept ? kept : null) }
  })
}

export const AUDIT_PAGE_SIZE = 50

const ENTRY_SELECT = { id: true, at: true, action: true, entity: true, entityId: true, before: true, after: true, actor: { select: { name: true, email: true } } } as const

// The proposal an audit entry (alias a) is about: the entry's own entity, or the proposal id it kept (a review, a
// comment, a conflict, a pick of the accepted set).
const ENTRY_PROPOSAL = Prisma.sql`CASE WHEN a.entity = 'Proposal' THEN a."entityId" ELSE coalesce(a.after->>'proposalId', a.before->>'proposalId', a.after->'pick'->>'proposalId', a.before->'pick'->>'proposalId') END`

/**
 * A season's audit entries, newest first (in the order recorded, as the demo clock may move back), leaving out
 * those about a proposal the viewer has a conflict with (by the proposal or by its student), and naming none of
 * those in the lists of the entries kept.
 */
async function readAuditEntries(viewer: Viewer, seasonId: string, { skip, take, leaveOut }: { skip: number; take: number; leaveOut?: string }) {
  const conflicts = await db.conflict.findMany({ where: { seasonId, mentorId: viewer.id }, select: { proposalId: true, studentId: true } })
  if (!conflicts.length) {
    const where = { seasonId, ...(leaveOut ? { action: { not: leaveOut } } : {}) }
    const [entries, total] = await Promise.all([db.auditLog.findMany({ where, orderBy: { id: 'desc' }, skip, take, select: ENTRY_SELECT }), db.auditLog.count({ where })])
    return { entries, total }
  }
  // The proposals hidden from the viewer: a few, looked up once, so the filter below is a comparison per entry.
  const hiddenProposals = await db.proposal.findMany({
    where: { seasonId, OR: [{ id: { in: conflicts.flatMap((c) => (c.proposalId ? [c.proposalId] : [])) } }, { studentId: { in: conflicts.flatMap((c) => (c.studentId ? [c.studentId] : [])) } }] },
    select: { id: true },
  })
  const hidden = new Set(hiddenProposals.map((p) => p.id))
  // coalesce: an entry about no proposal (NULL) is kept.
  const where = Prisma.sql`a."seasonId" = ${seasonId} ${leaveOut ? Prisma.sql`AND a.action <> ${leaveOut}` : Prisma.empty} AND NOT coalesce(${ENTRY_PROPOSAL} = ANY(${[...hidden]}::text[]), false)`
  const [ids, [counted]] = await Promise.all([
    db.$queryRaw<{ id: bigint }[]>`SELECT a.id FROM "AuditLog" a WHERE ${where} ORDER BY a.id DESC OFFSET ${skip} LIMIT ${take}`,
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "AuditLog" a WHERE ${where}`,
  ])
  const entries = await db.auditLog.findMany({ where: { id: { in: ids.map((row) => row.id) } }, orderBy: { id: 'desc' }, select: ENTRY_SELECT })
  return { entries: entries.map((e) => ({ ...e, before: withoutHidden(e.before, hidden), after: withoutHidden(e.after, hidden) })), total: counted?.count ?? 0 }
}

/**
 * An entry's side with the hidden proposals taken out of its lists (a rank-list save's moves, the accepted set's
 * picks): the entry stays, with its counts, and names none of them.
 */
function withoutHidden(side: Prisma.JsonValue, hidden: Set<string>): Prisma.JsonValue {
  if (!side || typeof side !== 'object' || Array.isArray(side)) return side
  const about = (item: Prisma.JsonValue) => item && typeof item === 'object' && !Array.isArray(item) && typeof item.proposalId === 'string' && hidden.has(item.proposalId)
  return Object.fromEntries(Object.entries(side).map(([key, value]) => [key, Array.isArray(value) ? value.filter((item) => !about(item)) : value])) as Prisma.JsonObject
}

/** The season's audit log as the viewer may read it, newest first, a page at a time. */
export async function listAuditEntries(viewer: Viewer, seasonId: string, page: number) {
  const { entries, total } = await readAuditEntries(viewer, seasonId, { skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE })
  return { entries: await withSubjects(entries), total, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) }
}

// The decision letters and the accepted-students post, written from the season's rows: what afterConfirm stages
// (lib/season-close/after-confirm.ts), what the letters page previews and what scheduling the post releases.
// Letters are held in the outbox (OutboxMail.held) until the accepted-students post's publish time; each
// recipient has one dedupe key, so restaging rewrites the unsent letter and never adds a second.
import 'server-only'
import { createHash } from 'node:crypto'
import type { Prisma } from '@/generated/prisma/client'
import { acceptedPostSlug, renderAcceptedStudentsPost } from '@/lib/announcements'
import { firstFreeSlug, slugify } from '@/lib/ideas/slug'
import { DEFAULT_TEMPLATES, fillTemplate, formatSharedComments, listNames, renderMentorNotice, type LetterKind, type MergeValues } from '@/lib/letters'
import { storedBody } from '@/lib/mail'
import { APPLICATION_STATUSES } from '@/lib/proposals/status'

type Tx = Prisma.TransactionClient

export const letterKey = (seasonId: string, studentId: string) => `letter:${seasonId}:${studentId}`
export const mentorNoticeKey = (seasonId: string, mentorId: string) => `mentor-letter:${seasonId}:${mentorId}`
/** Every held mail of a season that staging wrote (letters and mentor notices) starts with one of these. */
const stagedPrefixes = (seasonId: string) => [`letter:${seasonId}:`, `mentor-letter:${seasonId}:`]

export type ApplicantLetter = {
  studentId: string
  name: string
  email: string | null
  kind: LetterKind
  values: MergeValues
}

export async function letterTemplates(tx: Tx, seasonId: string): Promise<Record<LetterKind, { subject: string; body: string; saved: boolean }>> {
  const rows = await tx.letterTemplate.findMany({ where: { seasonId } })
  const pick = (kind: LetterKind) => {
    const row = rows.find((r) => r.kind === kind)
    return row ? { subject: row.subject, body: row.body, saved: true } : { ...DEFAULT_TEMPLATES[kind], saved: false }
  }
  return { ACCEPTED: pick('ACCEPTED'), NOT_SELECTED: pick('NOT_SELECTED') }
}

/** Each applicant of the season (a student with a submitted or decided proposal) with their letter's merge values. */
export async function applicantLetters(tx: Tx, seasonId: string): Promise<ApplicantLetter[]> {
  const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { title: true, organization: { select: { name: true } } } })
  const proposals = await tx.proposal.findMany({
    where: { seasonId, status: { in: APPLICATION_STATUSES } },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      status: true,
      student: { select: { id: true, name: true, email: true } },
      idea: { select: { title: true, mentors: { select: { user: { select: { name: true } } } } } },
      acceptance: { select: { mentor: { select: { name: true } }, backupMentor: { select: { name: true } } } },
      comments: { where: { visibility: 'SHARED' }, orderBy: { createdAt: 'asc' }, select: { body: true } },
    },
  })
  const applications = proposals.length
  const byStudent = new Map<string, typeof proposals>()
  for (const p of proposals) byStudent.set(p.student.id, [...(byStudent.get(p.student.id) ?? []), p])
  return [...byStudent.values()]
    .map((own) => {
      const student = own[0]!.student
      const accepted = own.find((p) => p.status === 'ACCEPTED')
      const about = accepted ? [accepted] : own
      const mentors = accepted
        ? [accepted.acceptance?.mentor.name ?? '', accepted.acceptance?.backupMentor?.name ?? '']
        : own.flatMap((p) => p.idea?.mentors.map((m) => m.user.name ?? '') ?? [])
      const values: MergeValues = {
        student_name: student.name ?? student.email ?? 'student',
        proposal_title: listNames(about.map((p) => p.title)),
        idea: listNames(about.map((p) => p.idea?.title ?? 'a topic of your own')),
        mentors: listNames(mentors) || 'the mentors',
        applications: String(applications),
        season: season.title,
        organization: season.organization.name,
      }
      if (!accepted) {
        values.shared_comments = formatSharedComments(
          own.flatMap((p) => p.comments.map((c) => ({ proposalTitle: p.title, body: c.body }))),
          own.length > 1,
        )
      }
      return { studentId: student.id, name: values.student_name!, email: student.email, kind: accepted ? ('ACCEPTED' as const) : ('NOT_SELECTED' as const), values }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The season's accepted-students post (at most one per season), newest first if there were ever several. */
export function findAcceptedPost(tx: Tx, seasonId: string) {
  return tx.announcement.findFirst({ where: { seasonId, kind: 'ACCEPTED_STUDENTS' }, orderBy: { createdAt: 'desc' } })
}

/** A held mail is out once sent, released by the dispatcher, or due by the clock: staging never rewrites it. */
const isOut = (mail: { sentAt: Date | null; releasedAt: Date | null; releaseAt: Date | null }, now: Date) =>
  Boolean(mail.sentAt || mail.releasedAt || (mail.releaseAt && mail.releaseAt <= now))

type Staged = { key: string; to: string; subject: string; body: string }

/** Writes (or rewrites) the held mails under their keys, drops the season's unsent ones no longer wanted. */
async function writeHeld(tx: Tx, seasonId: string, wanted: Staged[], releaseAt: Date | null, now: Date) {
  const existing = await tx.outboxMail.findMany({
    where: { seasonId, OR: stagedPrefixes(seasonId).map((prefix) => ({ dedupeKey: { startsWith: prefix } })) },
  })
  const byKey = new Map(existing.map((m) => [m.dedupeKey!, m]))
  let written = 0
  const fresh: Prisma.OutboxMailCreateManyInput[] = []
  for (const mail of wanted) {
    const current = byKey.get(mail.key)
    if (current && isOut(current, now)) continue
    const body = storedBody(mail)
    if (current) {
      if (current.to === mail.to && current.subject === mail.subject && current.body === body && (current.releaseAt?.getTime() ?? null) === (releaseAt?.getTime() ?? null)) continue
      await tx.outboxMail.update({ where: { id: current.id }, data: { to: mail.to, subject: mail.subject, body, releaseAt, error: null, createdAt: now } })
      written += 1
    } else {
      fresh.push({ seasonId, to: mail.to, subject: mail.subject, body, createdAt: now, held: true, releaseAt, dedupeKey: mail.key })
    }
  }
  // New letters in one insert (a season of a thousand applicants stays one statement), queued as queueMail would
  // (same stored body); a key another confirm wrote meanwhile is left to it rather than failing this one.
  if (fresh.length) written += (await tx.outboxMail.createMany({ data: fresh, skipDuplicates: true })).count
  const keep = new Set(wanted.map((m) => m.key))
  const stale = existing.filter((m) => !keep.has(m.dedupeKey!) && !isOut(m, now)).map((m) => m.id)
  if (stale.length) await tx.outboxMail.deleteMany({ where: { id: { in: stale } } })
  return { written, removed: stale.length }
}

/**
 * Stages one letter per applicant (accepted if any of their proposals was accepted, else not selected) and one
 * notice per mentor of an accepted project, held until the accepted-students post's publish time.
 */
export async function stageLetters(tx: Tx, seasonId: string, now: Date) {
  // One after another: a transaction is one connection.
  const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { title: true, organization: { select: { name: true } } } })
  const applicants = await applicantLetters(tx, seasonId)
  const templates = await letterTemplates(tx, seasonId)
  const post = await findAcceptedPost(tx, seasonId)
  const acceptances = await tx.acceptance.findMany({
    where: { seasonId },
    select: { proposalId: true, mentorId: true, backupMentorId: true, proposal: { select: { title: true } }, student: { select: { name: true, email: true } } },
  })
  const backups = new Map(acceptances.filter((a) => a.backupMentorId).map((a) => [a.proposalId, a.backupMentorId!]))
  const wanted: Staged[] = []
  for (const applicant of applicants) {
    if (!applicant.email) continue
    const template = templates[applicant.kind]
    wanted.push({
      key: letterKey(seasonId, applicant.studentId),
      to: applicant.email,
      subject: fillTemplate(template.subject, applicant.values).replace(/\s+/g, ' ').trim(),
      body: fillTemplate(template.body, applicant.values),
    })
  }
  // Mentors: every primary and backup mentor of an accepted project learns their student and co-mentor.
  const mentorIds = [...new Set(acceptances.flatMap((a) => [a.mentorId, backups.get(a.proposalId)]).filter((id): id is string => Boolean(id)))]
  const people = new Map((await tx.user.findMany({ where: { id: { in: mentorIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u]))
  const nameOf = (id: string | undefined) => (id ? (people.get(id)?.name ?? people.get(id)?.email ?? '') : '')
  for (const mentorId of mentorIds) {
    const mentor = people.get(mentorId)
    if (!mentor?.email) continue
    const projects = acceptances
      .filter((a) => a.mentorId === mentorId || backups.get(a.proposalId) === mentorId)
      .map((a) => {
        const primary = a.mentorId === mentorId
        const co = primary ? backups.get(a.proposalId) : a.mentorId
        return {
          title: a.proposal.title,
          student: a.student.name ?? a.student.email ?? 'the student',
          studentEmail: a.student.email ?? '',
          role: primary ? ('primary' as const) : ('backup' as const),
          coMentors: co ? [nameOf(co)] : [],
        }
      })
      .sort((x, y) => x.title.localeCompare(y.title))
    const notice = renderMentorNotice({ mentorName: mentor.name ?? mentor.email, season: season.title, organization: season.organization.name, projects })
    wanted.push({ key: mentorNoticeKey(seasonId, mentorId), to: mentor.email, ...notice })
  }
  return writeHeld(tx, seasonId, wanted, post?.publishAt ?? null, now)
}

/** Sets the release time of the season's held mails that have not gone out (the post was scheduled). */
export async function setLetterRelease(tx: Tx, seasonId: string, releaseAt: Date | null, now: Date) {
  const held = await tx.outboxMail.findMany({
    where: { seasonId, held: true, sentAt: null, releasedAt: null, OR: stagedPrefixes(seasonId).map((prefix) => ({ dedupeKey: { startsWith: prefix } })) },
    select: { id: true, sentAt: true, releasedAt: true, releaseAt: true },
  })
  const ids = held.filter((m) => !isOut(m, now)).map((m) => m.id)
  if (ids.length) await tx.outboxMail.updateMany({ where: { id: { in: ids } }, data: { releaseAt } })
  return ids.length
}

const POST_INTRO = (season: string, count: number) =>
  `We are delighted to welcome the ${count} student${count === 1 ? '' : 's'} who will spend this summer coding with us in ${season}. Here are their projects.`
const POST_OUTRO =
  'Thank you to every student who applied, and to our mentors for the many hours of reviewing. Everyone is welcome to follow the projects on the mailing list.'

/** The accepted-students post's Markdown and the digest of the set it was written from. */
export async function acceptedPostDraft(tx: Tx, seasonId: string) {
  const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { title: true } })
  const acceptances = await tx.acceptance.findMany({
    where: { seasonId },
    select: {
      proposalId: true,
      announcementAbstract: true,
      mentor: { select: { name: true } },
      backupMentor: { select: { name: true } },
      student: { select: { name: true } },
      proposal: { select: { title: true, abstract: true } },
    },
  })
  const projects = acceptances.map((a) => ({
    title: a.proposal.title,
    student: a.student.name ?? 'A student',
    abstract: a.announcementAbstract.trim() || a.proposal.abstract,
    mentors: [a.mentor.name ?? '', a.backupMentor?.name ?? ''].filter(Boolean),
  }))
  const body = renderAcceptedStudentsPost({ intro: POST_INTRO(season.title, projects.length), projects, outro: POST_OUTRO })
  const digest = createHash('sha256')
    .update(JSON.stringify([...projects].sort((a, b) => a.title.localeCompare(b.title))))
    .digest('hex')
  return { title: `Welcome to our ${season.title} students`, body, digest }
}

/** A free announcement slug from `base` (a title is slugified first). */
export async function freeSlug(tx: Tx, title: string, { isSlug = false } = {}): Promise<string> {
  const base = (isSlug ? title : slugify(title)).slice(0, 100) || 'announcement'
  const taken = await tx.announcement.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
  return firstFreeSlug(base, new Set(taken.map((t) => t.slug)))
}

/**
 * Drafts the accepted-students post from the accepted set. An existing unpublished post is rewritten only when
 * the set changed since it was generated (an unchanged confirm keeps the admin's edits); a published one stays.
 */
export async function draftAcceptedPost(tx: Tx, seasonId: string, actorId: string, now: Date) {
  const draft = await acceptedPostDraft(tx, seasonId)
  const post = await findAcceptedPost(tx, seasonId)
  const season = await tx.season.findUniqueOrThrow({ where: { id: seasonId }, select: { organizationId: true, program: true, slug: true } })
  if (post && post.publishAt && post.publishAt <= now) return { post, changed: false }
  if (post) {
    if (post.sourceDigest === draft.digest) return { post, changed: false }
    const updated = await tx.announcement.update({ where: { id: post.id }, data: { body: draft.body, sourceDigest: draft.digest, updatedAt: now } })
    return { post: updated, changed: true }
  }
  const created = await tx.announcement.create({
    data: {
      organizationId: season.organizationId,
      seasonId,
      slug: await freeSlug(tx, acceptedPostSlug(season.program, season.slug), { isSlug: true }),
      title: draft.title,
      body: draft.body,
      kind: 'ACCEPTED_STUDENTS',
      publishAt: null,
      authorId: actorId,
      sourceDigest: draft.digest,
      createdAt: now,
      updatedAt: now,
    },
  })
  return { post: created, changed: true }
}

/** Drops what staging wrote and has not gone out (and, for the demo's replay, nothing was delivered by SMTP). */
export async function dropStaged(tx: Tx, seasonId: string, now: Date) {
  const removed = await tx.outboxMail.deleteMany({
    where: { seasonId, sentAt: null, OR: stagedPrefixes(seasonId).map((prefix) => ({ dedupeKey: { startsWith: prefix } })) },
  })
  const post = await findAcceptedPost(tx, seasonId)
  let postRemoved = false
  if (post && (!post.publishAt || post.publishAt > now)) {
    await tx.announcement.delete({ where: { id: post.id } })
    postRemoved = true
  }
  return { mails: removed.count, postRemoved }
}

/** Whether staging has written any mail for the season yet (then saving a template rewrites the held ones). */
export async function hasStagedLetters(tx: Tx, seasonId: string): Promise<boolean> {
  return (await tx.outboxMail.count({ where: { seasonId, dedupeKey: { startsWith: `letter:${seasonId}:` } } })) > 0
}

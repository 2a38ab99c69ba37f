// An audit entry as a sentence a person reads ("Elif Yilmaz submitted “Porting VirtIO…”"), for the admin
// overview's recent changes and the audit log. Pure: the caller looks up the entry's subject (a title, an
// address, a name) and passes it in; entries keep their raw action code for the detailed view.
import { formatDateTime } from './dates'
import { PHASE_LABEL } from './timeline'

export type AuditEntryForSentence = {
  action: string
  entity: string
  actor: { name: string | null; email?: string | null } | null
  /** What the entry is about, looked up by the caller: a proposal's or idea's title, an invitee's address, a mentor's name. */
  subject?: string | null
  before?: unknown
  after?: unknown
}

const TITLE_MAX = 48

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

/** “Title”, shortened with an ellipsis so a sentence stays on a line or two. */
export function quoteTitle(title: string): string {
  const trimmed = title.trim()
  return `“${trimmed.length > TITLE_MAX ? `${trimmed.slice(0, TITLE_MAX - 1).trimEnd()}…` : trimmed}”`
}

const ENTITY_NOUN: Record<string, string> = {
  Proposal: 'a proposal',
  Idea: 'an idea',
  Invitation: 'an invitation',
  SeasonRole: 'a role in the season',
  SeasonPhase: 'the timeline',
  Season: 'the season',
  Organization: 'the organization',
  User: 'a profile',
  Announcement: 'a post',
  LetterTemplate: 'a letter template',
  RubricCriterion: 'the review rubric',
}

export function describeAuditEntry(entry: AuditEntryForSentence, timeZone?: string | null): string {
  const who = entry.actor?.name ?? entry.actor?.email ?? 'The system'
  const before = record(entry.before)
  const after = record(entry.after)
  const field = (key: string) => after[key] ?? before[key]
  const title = entry.subject ? quoteTitle(entry.subject) : null
  const proposal = title ?? 'an untitled proposal'
  const idea = title ?? 'an idea'
  const post = title ? `the post ${title}` : 'a post'
  const email = text(entry.subject) ?? text(field('email')) ?? 'someone'
  const phase = PHASE_LABEL[field('kind') as keyof typeof PHASE_LABEL]
  const role = text(field('role'))?.toLowerCase()

  switch (entry.action) {
    case 'proposal.create':
      return `${who} started a proposal${title ? ` now titled ${title}` : ''}`
    case 'proposal.update':
      return `${who} edited ${proposal}`
    case 'proposal.submit':
      return `${who} submitted ${proposal}`
    case 'proposal.withdraw':
      return `${who} withdrew ${proposal}`
    case 'feedback.request':
      return `${who} asked the mentors for feedback on ${proposal}`
    case 'feedback.take':
      return `${who} took ${proposal} from the feedback queue`
    case 'feedback.done':
      return `${who} marked the feedback on ${proposal} as given`
    case 'review.create':
      return `${who} reviewed ${proposal}`
    case 'review.update':
      return `${who} changed their review of ${proposal}`
    case 'review.withdraw':
      return `${who} withdrew a review of ${proposal}`
    case 'comment.create':
      return field('visibility') === 'SHARED' ? `${who} wrote to the student on ${proposal}` : `${who} commented on ${proposal} for the mentors`
    case 'conflict.declare':
      return `${who} declared a conflict of interest with ${proposal}`
    case 'conflict.record':
      return `${who} recorded a conflict of interest${title ? ` with ${title}` : ''}`
    case 'conflict.remove':
      return `${who} removed a conflict of interest${title ? ` with ${title}` : ''}`
    case 'discussion.settle':
      return `${who} settled the discussion of ${proposal}`
    case 'season.join':
      return `${who} joined the season as a student`
    case 'idea.create':
      return `${who} created the idea ${idea} as a draft`
    case 'idea.propose':
      return `${who} proposed the idea ${idea}`
    case 'idea.update':
      return `${who} edited the idea ${idea}`
    case 'idea.publish':
      return `${who} published the idea ${idea}`
    case 'idea.archive':
      return `${who} archived the idea ${idea}`
    case 'idea.restore':
      return `${who} restored the idea ${idea} to a draft`
    case 'invitation.create':
      return `${who} invited ${email} to mentor`
    case 'invitation.resend':
      return `${who} sent ${email} a fresh invitation link`
    case 'invitation.revoke':
      return `${who} revoked the invitation for ${email}`
    case 'invitation.accept':
      return `${who} accepted an invitation to mentor`
    case 'seasonRole.create':
      return `${who} became a ${role ?? 'member'} of the season`
    case 'mentor.capacity':
      return `${who} set ${entry.subject ?? 'a mentor'}’s capacity to ${String(field('capacity') ?? '?')} student${field('capacity') === 1 ? '' : 's'}`
    case 'mentor.remove':
      return `${who} removed ${entry.subject ?? 'a mentor'} from the season’s mentors`
    case 'season.phase.create':
      return `${who} added “${phase ?? 'a phase'}” to the timeline`
    case 'season.phase.update':
      return `${who} changed “${phase ?? 'a phase'}” on the timeline`
    case 'season.settings':
      return `${who} changed the season’s settings`
    case 'rubric.create':
    case 'rubric.update':
    case 'rubric.move':
    case 'rubric.remove': {
      // The criterion's label is in the entry itself (a removed criterion has no row left to look up).
      const label = text(after.label) ?? text(before.label)
      const criterion = label ? quoteTitle(label) : 'a criterion'
      const verb = { 'rubric.create': 'added', 'rubric.update': 'changed', 'rubric.move': 'moved', 'rubric.remove': 'removed' }[entry.action]
      return `${who} ${verb} ${criterion} ${entry.action === 'rubric.create' ? 'to' : entry.action === 'rubric.remove' ? 'from' : 'in'} the review rubric`
    }
    case 'user.update':
      return `${who} updated their profile`
    case 'organization.clock': {
      const at = text(after.clockOverride)
      return at ? `${who} moved the demo clock to ${formatDateTime(new Date(at), timeZone)}` : `${who} put the app back on real time`
    }
    case 'letters.stage':
      return `${who} wrote the decision letters into the outbox, held until the accepted-students post`
    case 'letters.reset':
      return `${who} dropped the unsent decision letters and the unpublished accepted-students post`
    case 'letters.template':
      return `${who} edited the “${field('kind') === 'ACCEPTED' ? 'accepted' : 'not selected'}” letter`
    case 'announcement.update':
      return `${who} edited ${post}`
    case 'announcement.schedule': {
      const at = text(after.publishAt)
      return `${who} scheduled ${post}${at ? ` for ${formatDateTime(new Date(at), timeZone)}` : ''}`
    }
    case 'announcement.unschedule':
      return `${who} made ${post} a draft again`
    case 'announcement.generate':
      return `${who} drafted ${title ? `the status post ${title}` : 'a status post'} from the season’s figures`
    case 'slots.request':
      return `${who} requested ${String(field('minSlots') ?? '?')} to ${String(field('maxSlots') ?? '?')} slots`
    case 'slots.grant':
      return `${who} recorded ${String(field('granted') ?? '?')} slot${field('granted') === 1 ? '' : 's'} granted`
    case 'acceptedSet.solve':
      return `${who} solved the accepted set for ${String(field('slots') ?? '?')} slots`
    case 'acceptedSet.add':
      return `${who} took a proposal into the accepted set`
    case 'acceptedSet.remove':
      return `${who} took a proposal out of the accepted set`
    case 'acceptedSet.mentors':
      return `${who} changed a proposal’s mentors in the accepted set`
    case 'acceptedSet.confirm':
      return `${who} confirmed the accepted set`
    case 'acceptedSet.replay':
      return `${who} reset the decisions to replay them`
    case 'proposal.decide':
      return `${who} decided ${proposal}: ${field('status') === 'ACCEPTED' ? 'accepted' : 'not selected'}`
    case 'lostStudent.record':
      return `${who} recorded a student as lost to another organization`
    case 'lostStudent.remove':
      return `${who} removed a student lost to another organization`
    case 'rank.save': {
      const moved = Number(after.moved)
      if (!Number.isInteger(moved)) return `${who} saved the rank list`
      const [only] = Array.isArray(after.moves) ? after.moves.map(record) : []
      if (moved === 1 && only && text(only.title) && typeof only.to === 'number')
        return `${who} saved the rank list, moving ${quoteTitle(text(only.title)!)} ${typeof only.from === 'number' ? `from position ${only.from} ` : ''}to ${only.to}`
      return `${who} saved the rank list, moving ${moved === 0 ? 'no proposal' : moved === 1 ? 'one proposal' : `${moved} proposals`}`
    }
    case 'seed.demo':
      return 'The demo season was loaded'
    default:
      return `${who} changed ${ENTITY_NOUN[entry.entity] ?? 'a record'}`
  }
}

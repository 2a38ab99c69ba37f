// The accepted-set forms and the stored working draft. The draft's picks are JSON in the database: parsed with
// DraftPicks on every read, so a malformed row reads as "no draft" instead of breaking the page.
import { z } from 'zod'

export const LIMITS = { note: 500, picks: 5000 } as const

const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '')
const id = (message: string) => z.preprocess(text, z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message))
const optionalId = (message: string) =>
  z.preprocess((v) => (text(v).trim() === '' ? null : text(v).trim()), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, message).nullable())
const version = z.coerce.number({ error: 'Reload the page: the form is incomplete.' }).int().min(0).max(2_147_483_647)

export const DraftPick = z.object({ proposalId: z.string().min(1).max(64), primaryMentorId: z.string().min(1).max(64), backupMentorId: z.string().min(1).max(64).nullable() })
export const DraftPicks = z.array(DraftPick).max(LIMITS.picks)
export type DraftPick = z.infer<typeof DraftPick>

export const SolveDraft = z.object({ seasonId: id('There is no such season.'), version })

export const EditDraft = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), seasonId: id('There is no such season.'), version, proposalId: id('There is no such proposal.'), primaryMentorId: optionalId('Choose a mentor.') }),
  z.object({ op: z.literal('remove'), seasonId: id('There is no such season.'), version, proposalId: id('There is no such proposal.') }),
  z.object({
    op: z.literal('mentors'),
    seasonId: id('There is no such season.'),
    version,
    proposalId: id('There is no such proposal.'),
    primaryMentorId: id('Choose a primary mentor.'),
    backupMentorId: optionalId('Choose a backup mentor or none.'),
  }),
])

export const ConfirmSet = z.object({ seasonId: id('There is no such season.'), version })

export const RecordLostStudent = z.object({
  seasonId: id('There is no such season.'),
  studentId: id('Choose a student.'),
  note: z.preprocess((v) => text(v).trim(), z.string().max(LIMITS.note, `At most ${LIMITS.note} characters.`)),
})

export const RemoveLostStudent = z.object({ lostStudentId: id('There is no such entry.') })

export const ReplayDecisions = z.object({ seasonId: id('There is no such season.') })

/** The replay of the 2011 season: decisions reset to before 18 April 2011, the clock set to the day before. */
export const REPLAY_CUTOFF = new Date('2011-04-18T00:00:00Z')
export const REPLAY_CLOCK = new Date('2011-04-17T12:00:00Z')

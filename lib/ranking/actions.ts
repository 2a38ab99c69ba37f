'use server'
// Admins save the rank list's order, one page at a time or one move at a time, without ever sending the whole
// list. Optimistic concurrency: a save names the version its order started from, and a save from a stale version
// is refused with the fresh page (never a silent overwrite). Positions are the ones the admin sees: a conflicted
// admin's list leaves out the proposals they are conflicted with, and those keep their places in the saved order
// (the admin's new order fills only the places of the proposals they see: mergeOrder).
import { revalidatePath } from 'next/cache'
import { failure, formToObject, invalid, type ActionFailure } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { mergeOrder } from './cut'
import { rankMoves } from './moves'
import { forgetRankingCheck, rankWindow, visibleRanking, type RankWindow } from './queries'
import { SaveRankOrder } from './schema'

/** Every answer but a garbled form carries the admin's page as it now stands (`fresh`), so the editor shows it. */
export type RankSaveResult = ({ ok: true; message: string } | ActionFailure) & { fresh?: RankWindow }

/** Moves named in a save's audit entry; a save that moves more says how many. */
const MOVES_KEPT = 50

const STALE = 'Not saved: another admin saved the rank list while you were ordering it. This page now shows their order: reorder again from it and save.'

export async function saveRankOrder(_prev: RankSaveResult | null, form: FormData): Promise<RankSaveResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = SaveRankOrder.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error, 'Not saved: the order could not be read. Reload the page.')
  const { seasonId, version, offset, size, cut } = input.data
  const allowed = await authorize(user, 'rank.manage', seasonId)
  if (!allowed.ok) return allowed

  const visible = await visibleRanking(user, seasonId)
  if (!visible) return failure('forbidden', 'Only admins of this season may rank its proposals.')
  const { ranking } = visible
  const current = visible.ordered.map((r) => r.id)
  const seen = new Set(current)
  const submitted = input.data.kind === 'page' ? input.data.proposalId : [input.data.proposalId]
  const once = new Set<string>()
  for (const id of submitted) {
    if (once.has(id)) return failure('invalid', 'Not saved: a proposal is listed twice. Reload the page and order again.')
    once.add(id)
    if (!seen.has(id)) return failure('invalid', 'Not saved: the list holds a proposal that cannot be ranked (or is not of this season). Reload the page.')
  }
  const answer = (result: RankSaveResult, list = visible): RankSaveResult => ({ ...result, fresh: rankWindow(list, offset, size, cut ?? list.ranking.requestedSlots) })
  if (version !== ranking.version) return answer(failure('conflict', STALE))

  const titles = new Map(visible.ordered.map((r) => [r.id, r.title]))
  let next: string[]
  let message: string
  if (input.data.kind === 'page') {
    // The page's places must hold exactly the proposals submitted: the page the admin reordered is still there.
    const places = current.slice(offset, offset + submitted.length)
    if (places.length !== submitted.length || places.some((id) => !once.has(id)))
      return answer(failure('invalid', 'Not saved: the proposals on this page are no longer the ones you ordered (one may have become rankable or been withdrawn since). Reload the page.'))
    next = [...current.slice(0, offset), ...submitted, ...current.slice(offset + submitted.length)]
    message = 'The rank list is saved.'
  } else {
    const { proposalId, position } = input.data
    if (position > current.length) return answer(failure('invalid', `Not moved: position ${position} is past the end of the list (1 to ${current.length}).`))
    next = current.filter((id) => id !== proposalId)
    next.splice(position - 1, 0, proposalId)
    message = `“${titles.get(proposalId)}” moved to position ${position} (page ${Math.floor((position - 1) / size) + 1}) and saved.`
  }
  const order = mergeOrder(
    ranking.ordered.map((r) => r.id),
    seen,
    next,
  )

  // For the audit entry: what moved in the list as this admin sees it (lib/ranking/moves.ts), not the whole order
  // twice; positions are theirs, and a proposal hidden from them (a conflict) is never named. At most MOVES_KEPT.
  const moves = rankMoves(current, next).map(({ proposalId, from, to }) => ({ proposalId, title: titles.get(proposalId)!, from, to }))

  const saved = await db
    .$transaction(async (tx) => {
      // The order was computed from `version`: it is written only if the row still has that version, so a save
      // in between (by another admin, or this one in another tab) makes this one a conflict, never a lost update.
      const before = await tx.rankOrder.findUnique({ where: { seasonId }, select: { proposalIds: true } })
      if (version === 0 && !before) {
        // The first save creates the row; a second first save at the same moment hits the primary key.
        await tx.rankOrder.create({ data: { seasonId, proposalIds: order, version: 1, updatedById: user.id } })
      } else {
        const { count } = await tx.rankOrder.updateMany({ where: { seasonId, version }, data: { proposalIds: order, version: { increment: 1 }, updatedById: user.id } })
        if (count === 0) return false
      }
      await recordAudit(tx, { actorId: user.id, seasonId, action: 'rank.save', entity: 'RankOrder', entityId: seasonId, before: { version }, after: { version: version + 1, moved: moves.length, moves: moves.slice(0, MOVES_KEPT) } })
      return true
    })
    .catch((error: unknown) => {
      if (typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002') return false
      throw error
    })
  forgetRankingCheck(seasonId)
  const fresh = await visibleRanking(user, seasonId)
  if (!fresh) return failure('forbidden', 'Only admins of this season may rank its proposals.')
  if (!saved) return answer(failure('conflict', STALE), fresh)
  revalidatePath(`/seasons`, 'layout')
  return answer({ ok: true, message }, fresh)
}

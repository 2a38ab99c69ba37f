'use server'
// Admins save the rank list's order. Optimistic concurrency: the save names the version its order started
// from, and a save from a stale version is refused with the fresh order (never a silent overwrite). The order
// must hold every rankable proposal the admin sees, each once; a conflicted admin's hidden ones keep their places.
import { revalidatePath } from 'next/cache'
import { failure, formToObject, invalid, type ActionFailure } from '@/lib/actions'
import { recordAudit } from '@/lib/audit'
import { getCurrentUser } from '@/lib/auth'
import { authorize } from '@/lib/authz'
import { db } from '@/lib/db'
import { isConflicted, reviewerContext } from '@/lib/reviews/queries'
import { mergeOrder } from './cut'
import { getRankList, seasonRanking, type RankList } from './queries'
import { SaveRankOrder } from './schema'

export type RankSaveResult = { ok: true; message: string; version: number } | (ActionFailure & { fresh?: Pick<RankList, 'rows' | 'version'> })

const STALE = 'Another admin saved the rank list while you were ordering it. Here is their order: reorder again from it and save.'

export async function saveRankOrder(_prev: RankSaveResult | null, form: FormData): Promise<RankSaveResult> {
  const user = await getCurrentUser()
  if (!user) return failure('unauthenticated', 'Please sign in first.')
  const input = SaveRankOrder.safeParse(formToObject(form))
  if (!input.success) return invalid(input.error, 'Not saved: the order could not be read. Reload the page.')
  const { seasonId, version, proposalId: submitted } = input.data
  const allowed = await authorize(user, 'rank.manage', seasonId)
  if (!allowed.ok) return allowed

  const [ranking, context] = await Promise.all([seasonRanking(seasonId), reviewerContext(user, seasonId)])
  const full = ranking.ordered.map((r) => r.id)
  const visible = new Set(ranking.ordered.filter((r) => !isConflicted(context.conflicts, r)).map((r) => r.id))
  const seen = new Set<string>()
  for (const id of submitted) {
    if (seen.has(id)) return failure('invalid', 'Not saved: a proposal is listed twice. Reload the page and order again.')
    seen.add(id)
    if (!visible.has(id)) return failure('invalid', 'Not saved: the list holds a proposal that cannot be ranked (or is not of this season). Reload the page.')
  }
  if (seen.size !== visible.size) return failure('invalid', 'Not saved: the list misses proposals that can be ranked (one may have become rankable since). Reload the page.')

  const fresh = async () => {
    const list = await getRankList(user, seasonId)
    return list ? { rows: list.rows, version: list.version } : undefined
  }
  if (version !== ranking.version) return { ...failure('conflict', STALE), fresh: await fresh() }

  const order = mergeOrder(full, visible, submitted)
  const saved = await db
    .$transaction(async (tx) => {
      const before = await tx.rankOrder.findUnique({ where: { seasonId }, select: { proposalIds: true } })
      if (version === 0 && !before) {
        // The first save creates the row; a second first save at the same moment hits the primary key.
        await tx.rankOrder.create({ data: { seasonId, proposalIds: order, version: 1, updatedById: user.id } })
      } else {
        const { count } = await tx.rankOrder.updateMany({ where: { seasonId, version }, data: { proposalIds: order, version: { increment: 1 }, updatedById: user.id } })
        if (count === 0) return false
      }
      await recordAudit(tx, { actorId: user.id, seasonId, action: 'rank.save', entity: 'RankOrder', entityId: seasonId, before: { proposalIds: before?.proposalIds ?? [] }, after: { proposalIds: order, version: version + 1 } })
      return true
    })
    .catch((error: unknown) => {
      if (typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002') return false
      throw error
    })
  if (!saved) return { ...failure('conflict', STALE), fresh: await fresh() }
  revalidatePath(`/seasons`, 'layout')
  return { ok: true, message: 'The rank list is saved.', version: version + 1 }
}

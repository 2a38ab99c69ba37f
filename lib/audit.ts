// The append-only audit log: who changed what, when, with the row before and after. Call it inside the same
// transaction as the change, so a change is never recorded without happening or the other way round.
// `at` is the action's `now` (the app's clock); without it the entry reads the clock itself.
import type { Prisma } from '@/generated/prisma/client'
import { getNowIn } from './organization'

type Tx = Prisma.TransactionClient

/** JSON-safe copy of a row: dates become ISO strings, bigints strings. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)))
}

export async function recordAudit(
  tx: Tx,
  entry: { at?: Date; actorId: string | null; seasonId?: string | null; action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
) {
  await tx.auditLog.create({
    data: {
      at: entry.at ?? (await getNowIn(tx)),
      actorId: entry.actorId,
      seasonId: entry.seasonId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  })
}

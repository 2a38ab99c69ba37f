// The append-only audit log: who changed what, when, with the row before and after. Call it inside the same
// transaction as the change, so a change is never recorded without happening or the other way round.
// Autosaves coalesce (recordEditWindow): one row per entity and author per 5 minutes, so a save loop cannot flood
// the log; the database trigger lets such a row be extended within its window only (see the migration
// audit_autosave_window).
// `at` is the action's `now` (the app's clock); without it the entry reads the clock itself.
import { Prisma } from '@/generated/prisma/client'
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

/** The coalescing window of autosave rows; the trigger in the migration audit_autosave_window holds the same 5 minutes. */
export const EDIT_WINDOW_MINUTES = 5

type Fields = Record<string, unknown>

type EditEntry = { at?: Date; actorId: string; seasonId?: string | null; action: string; entity: string; entityId: string; before: Fields; after: Fields }

/**
 * The statement that folds an edit into the entity's latest audit row when that row is the same kind of edit by
 * the same person and its window is still open (by the database's clock, on `recordedAt`: the app's clock may be
 * pinned): its `after` takes the new values, its `before` keeps the values from the start of the window. It
 * changes no row otherwise. jsonb `a || b` keeps b's value for a key both have. The conditions are the trigger's
 * (audit_autosave_window), so the trigger never refuses it. A caller may run it inside a larger statement (as a
 * CTE, as the autosave does) and must then call recordAudit when it changed nothing.
 */
export function editWindowExtension(entry: EditEntry): Prisma.Sql {
  return Prisma.sql`
    UPDATE "AuditLog"
    SET "before" = ${JSON.stringify(snapshot(entry.before) ?? {})}::jsonb || "before",
        "after" = "after" || ${JSON.stringify(snapshot(entry.after) ?? {})}::jsonb
    WHERE "id" = (SELECT "id" FROM "AuditLog" WHERE "entity" = ${entry.entity} AND "entityId" = ${entry.entityId} ORDER BY "id" DESC LIMIT 1)
      AND "action" = ${entry.action} AND "actorId" = ${entry.actorId}
      AND "recordedAt" > now() - interval '5 minutes'
      AND jsonb_typeof("before") = 'object' AND jsonb_typeof("after") = 'object'`
}

/**
 * Records an edit of some fields, folded into the entity's latest row while its window is open (see
 * editWindowExtension), else as a new row (first edit, another action in between, window over). One statement
 * when the window is open, two when a row starts. Lock the entity's row first, so two saves cannot both start a row.
 */
export async function recordEditWindow(tx: Tx, entry: EditEntry) {
  const extended = await tx.$executeRaw(editWindowExtension(entry))
  if (extended === 0) await recordAudit(tx, entry)
}

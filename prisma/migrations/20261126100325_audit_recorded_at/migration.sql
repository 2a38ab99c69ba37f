-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;


-- Hand-written: rows written before this migration were recorded at their "at" (the demo clock did not stamp
-- audit rows then), so that is their recording time too. The append-only trigger is set aside for this one
-- backfill, inside the migration's transaction.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";
UPDATE "AuditLog" SET "recordedAt" = "at";
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";

-- The autosave window (see audit_autosave_window) is measured on "recordedAt", the database's own clock, which
-- no row may change. "at" follows the app's clock, which the demo pins to 2011.
CREATE OR REPLACE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND OLD."action" = 'proposal.update'
    AND now() < OLD."recordedAt" + interval '5 minutes'
    AND NEW."id" = OLD."id"
    AND NEW."at" = OLD."at"
    AND NEW."recordedAt" = OLD."recordedAt"
    AND NEW."actorId" IS NOT DISTINCT FROM OLD."actorId"
    AND NEW."seasonId" IS NOT DISTINCT FROM OLD."seasonId"
    AND NEW."action" = OLD."action"
    AND NEW."entity" = OLD."entity"
    AND NEW."entityId" = OLD."entityId"
    AND jsonb_typeof(OLD."before") = 'object'
    AND jsonb_typeof(NEW."before") = 'object'
    AND jsonb_typeof(NEW."after") = 'object'
    AND NOT EXISTS (
      SELECT 1 FROM jsonb_each(OLD."before") AS kept WHERE NEW."before" -> kept.key IS DISTINCT FROM kept.value
    )
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only';
END;
$$;

-- Hand-written: a proposal's autosaves coalesce into one audit row per proposal and author per 5 minutes.
-- The log stays append-only for everything else, and for an autosave row once its window has passed. Within
-- its window (5 minutes from the row's "at", measured by the database's clock) an autosave row ("proposal.update")
-- may be extended, and only extended: "after" takes the latest text, "before" may gain fields but every value it
-- holds stays, and who, when, what and which row never change. So each row reads "between at and at + 5 minutes,
-- this person changed these fields from <before> to <after>", and nothing older than 5 minutes can be rewritten.
-- Deletes are refused as before.
CREATE OR REPLACE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND OLD."action" = 'proposal.update'
    AND now() < OLD."at" + interval '5 minutes'
    AND NEW."id" = OLD."id"
    AND NEW."at" = OLD."at"
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

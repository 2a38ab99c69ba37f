-- No schema change: `npm run db:new-migration -- audit_no_truncate` found nothing to generate.

-- Hand-written: the append-only trigger of the first migration fires per row on UPDATE and DELETE, which
-- TRUNCATE bypasses (it removes every row at once, and a TRUNCATE ... CASCADE of a referenced table reaches the
-- audit log too). Refuse it as well, with the same error.
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_is_append_only"();

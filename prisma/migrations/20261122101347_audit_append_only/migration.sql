-- AuditEvent is append-only: the hash chain is evidence only if recorded rows cannot be rewritten
-- or removed. Statement-level, so even an UPDATE or DELETE that matches no row is refused, for
-- every role including the table owner. Hand-written: the schema engine does not model triggers.

CREATE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Record a correcting event instead of changing or removing one.';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();

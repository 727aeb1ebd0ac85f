-- What a person has read is a log of its own (inbox_events), kept like the project log: never edited or removed.
CREATE FUNCTION inbox_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the inbox_events table is append-only: % is not allowed', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER inbox_events_append_only BEFORE UPDATE OR DELETE ON inbox_events
  FOR EACH ROW EXECUTE FUNCTION inbox_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER inbox_events_no_truncate BEFORE TRUNCATE ON inbox_events
  FOR EACH STATEMENT EXECUTE FUNCTION inbox_events_refuse_change();

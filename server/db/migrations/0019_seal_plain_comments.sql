-- The one sanctioned exception to the append-only log (README, "Forgetting a person"): comments written before
-- bodies were sealed with their author's key hold plain text. chronicle_seal_plain_comment replaces such a row's
-- body with the same body sealed by the server (schema version 1 -> 2), and nothing else: the trigger lets an UPDATE
-- through only inside that function, only from a v1 comment event to a v2 one with the same position, stream,
-- version, project, type, metadata, time, comment and author, and no plain body left. Everything else is refused
-- as before. Each run is recorded in the log by the server (a PlainCommentsSealed event).
CREATE OR REPLACE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND current_setting('chronicle.sealing_plain_comment', true) = OLD.position::text
     AND OLD.type IN ('CommentAdded', 'CommentEdited') AND OLD.schema_version = 1 AND NEW.schema_version = 2
     AND NEW.position = OLD.position AND NEW.stream_id = OLD.stream_id AND NEW.stream_version = OLD.stream_version
     AND NEW.project_id = OLD.project_id AND NEW.type = OLD.type AND NEW.metadata = OLD.metadata
     AND NEW.recorded_at = OLD.recorded_at
     AND NEW.data ->> 'commentId' = OLD.data ->> 'commentId'
     AND (NEW.data ->> 'authorId') IS NOT DISTINCT FROM (OLD.data ->> 'authorId')
     AND NOT (NEW.data ? 'body')
     AND jsonb_typeof(NEW.data -> 'sealed') = 'object'
     AND (SELECT count(*) FROM jsonb_object_keys(NEW.data)) = (SELECT count(*) FROM jsonb_object_keys(OLD.data)) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the events table is append-only: % is not allowed', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION chronicle_seal_plain_comment(p_position bigint, p_data jsonb) RETURNS boolean
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  changed integer;
BEGIN
  PERFORM set_config('chronicle.sealing_plain_comment', p_position::text, true);
  UPDATE events SET data = p_data, schema_version = 2
    WHERE position = p_position AND schema_version = 1 AND type IN ('CommentAdded', 'CommentEdited');
  GET DIAGNOSTICS changed = ROW_COUNT;
  PERFORM set_config('chronicle.sealing_plain_comment', '', true);
  RETURN changed = 1;
END;
$$;

-- The command path keeps each command as its decider was given it (for the event inspector, README "Follow one
-- click"): chronicle_write now also records p_command's "type" and "command" (both optional: tools send none).
-- A migration never changes once applied, so the function is restated whole: 0008's body with that INSERT changed.
ALTER TABLE "processed_commands" ADD COLUMN "command_type" text;--> statement-breakpoint
ALTER TABLE "processed_commands" ADD COLUMN "command" jsonb;--> statement-breakpoint
CREATE OR REPLACE FUNCTION chronicle_write(
  p_streams jsonb,
  p_events jsonb,
  p_metadata jsonb,
  p_recorded_at timestamptz,
  p_changes jsonb,
  p_command jsonb,
  p_channel text
) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  v_count integer := jsonb_array_length(p_events);
  v_base bigint := 0;
  v_stream record;
  v_change jsonb;
  v_row jsonb;
  v_key jsonb;
  v_column text;
  v_columns text;
  v_key_columns text;
  v_result jsonb;
BEGIN
  FOR v_stream IN SELECT * FROM jsonb_to_recordset(p_streams) AS s(id text, project uuid, expected integer, count integer)
  LOOP
    IF v_stream.expected = 0 THEN
      INSERT INTO streams (stream_id, project_id, version) VALUES (v_stream.id, v_stream.project, v_stream.count)
        ON CONFLICT DO NOTHING;
    ELSE
      UPDATE streams SET version = v_stream.expected + v_stream.count
        WHERE stream_id = v_stream.id AND version = v_stream.expected;
    END IF;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'stream % is no longer at version %', v_stream.id, v_stream.expected
        USING ERRCODE = 'CH409', DETAIL = v_stream.id, HINT = v_stream.expected::text;
    END IF;
  END LOOP;

  IF v_count > 0 THEN
    UPDATE event_position SET value = value + v_count WHERE id = 1 RETURNING value - v_count INTO v_base;
    IF v_base IS NULL THEN
      RAISE EXCEPTION 'The event_position counter row is missing; run the migrations';
    END IF;
    INSERT INTO events (position, stream_id, stream_version, project_id, type, schema_version, data, metadata, recorded_at)
      SELECT v_base + e.n, e.stream, e.version, e.project, e.type, e.schema, e.data, p_metadata, p_recorded_at
      FROM ROWS FROM (jsonb_to_recordset(p_events)
        AS (stream text, version integer, project uuid, type text, schema smallint, data jsonb))
        WITH ORDINALITY AS e(stream, version, project, type, schema, data, n);
  END IF;

  FOR v_change IN SELECT value FROM jsonb_array_elements(p_changes)
  LOOP
    v_row := coalesce(v_change->'row', '{}');
    v_key := coalesce(v_change->'key', '{}');
    FOR v_column IN SELECT jsonb_array_elements_text(coalesce(v_change->'positions', '[]'))
    LOOP
      IF v_row ? v_column THEN
        v_row := jsonb_set(v_row, ARRAY[v_column], to_jsonb(v_base + (v_row->>v_column)::bigint));
      END IF;
      IF v_key ? v_column THEN
        v_key := jsonb_set(v_key, ARRAY[v_column], to_jsonb(v_base + (v_key->>v_column)::bigint));
      END IF;
    END LOOP;
    SELECT string_agg(quote_ident(k), ', ') INTO v_columns FROM jsonb_object_keys(v_row) AS k;
    SELECT string_agg(quote_ident(k), ', ') INTO v_key_columns FROM jsonb_object_keys(v_key) AS k;
    CASE v_change->>'op'
      WHEN 'insert' THEN
        EXECUTE format('INSERT INTO %1$I (%2$s) SELECT %2$s FROM jsonb_populate_record(NULL::%1$I, $1)',
          v_change->>'table', v_columns) USING v_row;
      WHEN 'update' THEN
        CONTINUE WHEN v_columns IS NULL;
        EXECUTE format('UPDATE %1$I SET (%2$s) = (SELECT %2$s FROM jsonb_populate_record(NULL::%1$I, $1)) '
          'WHERE (%3$s) = (SELECT %3$s FROM jsonb_populate_record(NULL::%1$I, $2))',
          v_change->>'table', v_columns, v_key_columns) USING v_row, v_key;
      WHEN 'delete' THEN
        EXECUTE format('DELETE FROM %1$I WHERE (%2$s) = (SELECT %2$s FROM jsonb_populate_record(NULL::%1$I, $1))',
          v_change->>'table', v_key_columns) USING v_key;
      ELSE
        RAISE EXCEPTION 'unknown row change %', v_change->>'op';
    END CASE;
  END LOOP;

  IF jsonb_typeof(p_command) = 'object' THEN
    v_result := jsonb_set(coalesce(p_command->'result', '{}'), '{position}',
      CASE WHEN v_count > 0 THEN to_jsonb(v_base + v_count) ELSE 'null'::jsonb END);
    INSERT INTO processed_commands (actor_id, command_id, procedure, payload_hash, result, command_type, command,
        recorded_at)
      VALUES ((p_command->>'actor')::uuid, (p_command->>'id')::uuid, p_command->>'procedure', p_command->>'hash',
        v_result, p_command->>'type', p_command->'command', p_recorded_at);
  END IF;

  IF v_count > 0 THEN
    -- PostgreSQL delivers a NOTIFY only when its transaction commits: listeners never hear of a rolled-back append.
    PERFORM pg_notify(p_channel, e.project || ':' || (v_base + max(e.n)))
      FROM ROWS FROM (jsonb_to_recordset(p_events) AS (project text)) WITH ORDINALITY AS e(project, n)
      GROUP BY e.project;
  END IF;

  RETURN v_base;
END;
$$;

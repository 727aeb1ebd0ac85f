CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"invited_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
-- Command ids become their sender's. Entries recorded before carry no actor, procedure or payload: the actor is
-- taken from the command's events where it appended any (else the nil id), and the procedure is 'legacy', which no
-- new command matches, so such an id sent again is refused rather than answered with an old result.
ALTER TABLE "processed_commands" ADD COLUMN "actor_id" uuid;--> statement-breakpoint
ALTER TABLE "processed_commands" ADD COLUMN "procedure" text;--> statement-breakpoint
ALTER TABLE "processed_commands" ADD COLUMN "payload_hash" text;--> statement-breakpoint
UPDATE "processed_commands" AS pc SET "actor_id" = e."actor_id"
FROM (
	SELECT DISTINCT ON ("metadata"->>'commandId') "metadata"->>'commandId' AS "command_id", ("metadata"->>'actorId')::uuid AS "actor_id"
	FROM "events"
	WHERE "metadata"->>'actorId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
	ORDER BY "metadata"->>'commandId', "position"
) AS e
WHERE e."command_id" = pc."command_id"::text;--> statement-breakpoint
UPDATE "processed_commands" SET
	"actor_id" = coalesce("actor_id", '00000000-0000-0000-0000-000000000000'),
	"procedure" = 'legacy',
	"payload_hash" = '';--> statement-breakpoint
ALTER TABLE "processed_commands" ALTER COLUMN "actor_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "processed_commands" ALTER COLUMN "procedure" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "processed_commands" ALTER COLUMN "payload_hash" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "processed_commands" DROP CONSTRAINT "processed_commands_pkey";--> statement-breakpoint
ALTER TABLE "processed_commands" ADD CONSTRAINT "processed_commands_pkey" PRIMARY KEY("actor_id","command_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_project_email_unique" ON "invitations" USING btree ("project_id","email");
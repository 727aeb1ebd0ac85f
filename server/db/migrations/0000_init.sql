CREATE TABLE "event_position" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"position" bigint PRIMARY KEY NOT NULL,
	"stream_id" text NOT NULL,
	"stream_version" integer NOT NULL,
	"project_id" uuid NOT NULL,
	"type" text NOT NULL,
	"schema_version" smallint NOT NULL,
	"data" jsonb NOT NULL,
	"metadata" jsonb NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "events_stream_version_unique" UNIQUE("stream_id","stream_version")
);
--> statement-breakpoint
CREATE TABLE "processed_commands" (
	"command_id" uuid PRIMARY KEY NOT NULL,
	"result" jsonb NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "streams" (
	"stream_id" text PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"version" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_view" (
	"position" bigint PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"task_id" uuid,
	"actor_id" uuid NOT NULL,
	"type" text NOT NULL,
	"details" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comments_view" (
	"id" uuid PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "projects_view" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"archived" boolean NOT NULL,
	"statuses" jsonb NOT NULL,
	"last_task_number" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"last_position" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks_view" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"status_id" text NOT NULL,
	"rank" text COLLATE "C" NOT NULL,
	"priority" text NOT NULL,
	"assignee_id" uuid,
	"labels" jsonb NOT NULL,
	"due_on" text,
	"deleted" boolean NOT NULL,
	"version" integer NOT NULL,
	"comment_count" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"last_position" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "events_project_position_idx" ON "events" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "events_project_recorded_at_idx" ON "events" USING btree ("project_id","recorded_at");--> statement-breakpoint
CREATE INDEX "activity_view_project_idx" ON "activity_view" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "comments_view_task_idx" ON "comments_view" USING btree ("task_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_view_key_unique" ON "projects_view" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_view_project_number_unique" ON "tasks_view" USING btree ("project_id","number");--> statement-breakpoint
CREATE INDEX "tasks_view_board_idx" ON "tasks_view" USING btree ("project_id","status_id","rank");
CREATE TABLE "inbox_events" (
	"user_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"command_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_events_user_id_version_pk" PRIMARY KEY("user_id","version")
);
--> statement-breakpoint
CREATE TABLE "inbox_memberships" (
	"version" integer NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"since" bigint NOT NULL,
	"until" bigint,
	CONSTRAINT "inbox_memberships_version_project_id_user_id_since_pk" PRIMARY KEY("version","project_id","user_id","since")
);
--> statement-breakpoint
CREATE TABLE "inbox_mentions" (
	"version" integer NOT NULL,
	"handle" text NOT NULL,
	"position" bigint NOT NULL,
	"project_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_mentions_version_handle_position_pk" PRIMARY KEY("version","handle","position")
);
--> statement-breakpoint
CREATE TABLE "inbox_notifications" (
	"version" integer NOT NULL,
	"recipient_id" uuid NOT NULL,
	"position" bigint NOT NULL,
	"project_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inbox_notifications_version_recipient_id_position_pk" PRIMARY KEY("version","recipient_id","position")
);
--> statement-breakpoint
CREATE TABLE "inbox_streams" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"read_up_to" bigint NOT NULL,
	"read" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inbox_tasks" (
	"version" integer NOT NULL,
	"task_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"assignee_id" uuid,
	"mentioned" jsonb NOT NULL,
	CONSTRAINT "inbox_tasks_version_task_id_pk" PRIMARY KEY("version","task_id")
);

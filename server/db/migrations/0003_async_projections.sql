CREATE TABLE "insights_flow" (
	"version" integer NOT NULL,
	"project_id" uuid NOT NULL,
	"day" date NOT NULL,
	"status_id" text NOT NULL,
	"tasks" integer NOT NULL,
	CONSTRAINT "insights_flow_version_project_id_day_status_id_pk" PRIMARY KEY("version","project_id","day","status_id")
);
--> statement-breakpoint
CREATE TABLE "insights_statuses" (
	"version" integer NOT NULL,
	"project_id" uuid NOT NULL,
	"status_id" text NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"place" integer NOT NULL,
	"tasks" integer NOT NULL,
	CONSTRAINT "insights_statuses_version_project_id_status_id_pk" PRIMARY KEY("version","project_id","status_id")
);
--> statement-breakpoint
CREATE TABLE "insights_tasks" (
	"version" integer NOT NULL,
	"task_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"status_id" text NOT NULL,
	"deleted" boolean NOT NULL,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	CONSTRAINT "insights_tasks_version_task_id_pk" PRIMARY KEY("version","task_id")
);
--> statement-breakpoint
CREATE TABLE "projection_versions" (
	"name" text NOT NULL,
	"version" integer NOT NULL,
	"position" bigint DEFAULT 0 NOT NULL,
	"state" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projection_versions_name_version_pk" PRIMARY KEY("name","version")
);
--> statement-breakpoint
CREATE INDEX "insights_tasks_project_idx" ON "insights_tasks" USING btree ("version","project_id");
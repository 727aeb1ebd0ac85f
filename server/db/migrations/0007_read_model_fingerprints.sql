ALTER TABLE "replay_checkpoints" ALTER COLUMN "version" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "projection_versions" ALTER COLUMN "code_version" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "insights_tasks" ADD COLUMN "number" integer;--> statement-breakpoint
ALTER TABLE "insights_tasks" ADD COLUMN "title" text;
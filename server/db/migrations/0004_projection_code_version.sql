-- Builds recorded before this column existed were all made by the first version of their projection's code.
ALTER TABLE "projection_versions" ADD COLUMN "code_version" integer NOT NULL DEFAULT 1;
--> statement-breakpoint
ALTER TABLE "projection_versions" ALTER COLUMN "code_version" DROP DEFAULT;

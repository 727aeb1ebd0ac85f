CREATE TABLE "project_labels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"colour" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "project_labels_project_idx" ON "project_labels" USING btree ("project_id","name");
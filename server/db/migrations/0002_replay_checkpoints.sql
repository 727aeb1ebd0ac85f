CREATE TABLE "replay_checkpoints" (
	"project_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"position" bigint NOT NULL,
	"state" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "replay_checkpoints_project_id_version_position_pk" PRIMARY KEY("project_id","version","position")
);

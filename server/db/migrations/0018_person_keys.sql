CREATE TABLE "person_keys" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"forgotten_at" timestamp with time zone
);

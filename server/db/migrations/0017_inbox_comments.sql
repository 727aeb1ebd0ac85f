CREATE TABLE "inbox_comments" (
	"version" integer NOT NULL,
	"comment_id" uuid NOT NULL,
	"mentioned" jsonb NOT NULL,
	CONSTRAINT "inbox_comments_version_comment_id_pk" PRIMARY KEY("version","comment_id")
);

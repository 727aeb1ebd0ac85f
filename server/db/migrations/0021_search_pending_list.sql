-- The same indexes with a smaller pending list (server/db/schema/search-text.ts): set in place, not built again.
ALTER INDEX "events_search_idx" SET (gin_pending_list_limit = 256);--> statement-breakpoint
ALTER INDEX "comments_view_search_idx" SET (gin_pending_list_limit = 256);--> statement-breakpoint
ALTER INDEX "tasks_view_search_idx" SET (gin_pending_list_limit = 256);

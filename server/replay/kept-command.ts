import { and, eq } from 'drizzle-orm';
import { processedCommands } from '../db/schema';
import type { Executor } from '../db/types';
import type { EventMetadata } from '../event-store/types';

/**
 * The command that recorded an event, as it was decided and kept beside its idempotency entry. Its key comes from
 * the event's own metadata, and the caller found that event in the approved project: so it is that project's command.
 * Commands recorded before they were kept (migration 0010) have no type and payload.
 */
export async function keptCommand(db: Executor, metadata: EventMetadata) {
  const [row] = await db
    .select({
      type: processedCommands.commandType,
      payload: processedCommands.command,
      procedure: processedCommands.procedure,
      recordedAt: processedCommands.recordedAt,
    })
    .from(processedCommands)
    .where(and(eq(processedCommands.actorId, metadata.actorId), eq(processedCommands.commandId, metadata.commandId)));
  if (!row) return null;
  return { ...row, payload: row.payload as Record<string, unknown> | null };
}

import 'server-only';
import { sql } from 'drizzle-orm';
import type { DomainEvent } from '@/domain';
import { rowsOf } from '../db/rows';
import type { Transaction } from '../db/types';
import type { EventMetadata } from '../event-store';
import { SEALING_STREAM_ID } from '../event-store/log-events';
import { keysToWrite } from '../event-store/person-keys';
import { sealedData, writerOf } from '../event-store/sealed-events';
import { appendLogEvent } from './log-append';

const PAGE = 500;

type PlainRow = { position: number | string; type: string; data: unknown; metadata: EventMetadata };

/**
 * The one-off migration of comments written before bodies were sealed (migration 0019): each plain row's body is
 * sealed with its writer's key, through chronicle_seal_plain_comment, the only way the events table lets a row
 * change. With `userId`, only that person's comments (forgetting seals theirs first, so that destroying their key
 * destroys that text too). Recorded in the log as PlainCommentsSealed when it sealed anything.
 */
export async function sealPlainComments(
  tx: Transaction,
  { userId, metadata, now }: { userId?: string; metadata: EventMetadata; now: Date },
): Promise<number> {
  let sealed = 0;
  let upTo = 0;
  for (;;) {
    const page = rowsOf<PlainRow>(
      await tx.execute(sql`
        select position, type, data, metadata from events
        where type in ('CommentAdded', 'CommentEdited') and schema_version = 1 and position > ${upTo}
          ${
            userId === undefined
              ? sql``
              : sql`and (case when type = 'CommentAdded' then data->>'authorId' else metadata->>'actorId' end) = ${userId}`
          }
        order by position limit ${PAGE}`),
    );
    if (page.length === 0) break;
    const events = page.map((row) => ({ row, event: { type: row.type, data: row.data } as DomainEvent }));
    const keys = await keysToWrite(
      tx,
      new Set(events.flatMap(({ row, event }) => writerOf(event, row.metadata) ?? [])),
    );
    const sealedRows = events.map(({ row, event }) => ({
      position: Number(row.position),
      data: sealedData(event, row.metadata, keys),
    }));
    const done = rowsOf<{ ok: boolean }>(
      await tx.execute(sql`
        select chronicle_seal_plain_comment(r.position, r.data) as ok
        from jsonb_to_recordset(${JSON.stringify(sealedRows)}::jsonb) as r(position bigint, data jsonb)`),
    );
    if (done.some((r) => !r.ok)) throw new Error('A plain comment changed while it was being sealed');
    sealed += done.length;
    upTo = sealedRows.at(-1)!.position;
  }
  if (sealed > 0) {
    await appendLogEvent(
      tx,
      SEALING_STREAM_ID,
      { type: 'PlainCommentsSealed', data: { rows: sealed, upTo, ...(userId ? { userId } : {}) } },
      metadata,
      now,
    );
  }
  return sealed;
}

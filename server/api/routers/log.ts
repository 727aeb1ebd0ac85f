import { z } from 'zod';
import { exportProjectLog } from '../../log-file/export';
import { importProjectLog } from '../../log-file/import';
import { linesOf } from '../../log-file/lines';
import { createRouter, projectProcedure, signedInProcedure } from '../trpc';

/** A file's bytes as the HTTP handler streams them: no JSON client can send one, so only that handler calls import. */
const fileStream = z.custom<ReadableStream<Uint8Array>>((value) => value instanceof ReadableStream, {
  error: 'Send the file itself (upload it on the Import a project page)',
});

export const logRouter = createRouter({
  /**
   * The project's whole log as the lines of a file, for its owners: the lines are of the project the access check
   * approved (`ctx.project`), read as the file is sent.
   */
  export: projectProcedure('manageProject', 'key', {}).query(({ ctx, input }) => ({
    // The key matched the project's exactly, so it is the project's own.
    fileName: `${input.key}-history.ndjson`,
    lines: exportProjectLog(ctx.db, { id: ctx.project.id }),
  })),
  /** A log file becomes a new project here, whose owner is the person uploading it; a bad file writes nothing. */
  import: signedInProcedure
    .input(z.strictObject({ file: fileStream, newKey: z.string().max(16).optional() }))
    .mutation(({ ctx, input }) =>
      importProjectLog(ctx.db, linesOf(streamChunks(input.file)), { key: input.newKey, ownerId: ctx.user.id }),
    ),
});

async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

import { createRequestContext } from '@/server/api/request-context';
import { createCaller } from '@/server/api/root';
import { refusalOf } from '../../../_lib/answers';

export const dynamic = 'force-dynamic';

/** About this much of the file goes out at a time: few writes, and still only a page of events held. */
const CHUNK = 64 * 1024;

/**
 * "Download history": the project's log file, for its owners. The server-side caller's `log.export` does the access
 * check and names the lines of the very project it approved; this handler only sends them as they are read.
 */
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  let file;
  try {
    file = await createCaller(await createRequestContext(request.headers)).log.export({ key });
  } catch (error) {
    return refusalOf(error);
  }
  const lines = file.lines[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      let chunk = '';
      while (chunk.length < CHUNK) {
        const next = await lines.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'cache-control': 'no-store',
    },
  });
}

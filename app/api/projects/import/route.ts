import { TRPCError } from '@trpc/server';
import { isCrossSite } from '@/server/api/http-guard';
import { createRequestContext } from '@/server/api/request-context';
import { createCaller } from '@/server/api/root';
import { refusalOf } from '../../_lib/answers';

export const dynamic = 'force-dynamic';

/** The largest history file taken in one upload (the command line takes any size). */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

class UploadTooLarge extends Error {}

const tooLarge = () =>
  Response.json(
    { error: `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; import it with npm run log -- import` },
    { status: 413 },
  );

/**
 * Uploading a history file: it becomes a new project owned by the person signed in. The body goes to the server-side
 * caller's `log.import` as it arrives, counted on the way: past the limit the import fails whole (nothing is written)
 * and the answer is 413. `?key=NEW` gives the project another key.
 */
export async function POST(request: Request) {
  if (isCrossSite(request)) return Response.json({ error: 'Requests from another site are refused' }, { status: 403 });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES) return tooLarge();
  const newKey = new URL(request.url).searchParams.get('key') || undefined;
  let received = 0;
  const counted = (request.body ?? new Blob([]).stream()).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > MAX_IMPORT_BYTES) controller.error(new UploadTooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  try {
    const caller = createCaller(await createRequestContext(request.headers));
    const imported = await caller.log.import({ file: counted, newKey });
    return Response.json(imported);
  } catch (error) {
    if (received > MAX_IMPORT_BYTES || (error instanceof TRPCError && error.cause instanceof UploadTooLarge)) {
      return tooLarge();
    }
    return refusalOf(error);
  }
}

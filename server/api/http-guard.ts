import 'server-only';

/** Far above the largest valid input (a 10,000-character description in a batch of a few calls). */
export const MAX_BODY_BYTES = 1_000_000;
/** The browser client batches at most this many calls into one request. */
export const MAX_BATCH_SIZE = 20;

/**
 * What a request must pass before tRPC sees it. A mutation sent by a page of another site is refused: the session
 * cookie is SameSite=Lax, which already keeps it off such requests, and this check does not rely on the browser
 * alone. A body larger than any valid input is refused before it is read whole.
 */
export async function guardRequest(req: Request): Promise<Request | Response> {
  if (req.method === 'GET' || req.method === 'HEAD') return req;
  if (isCrossSite(req)) return refusal(403, 'FORBIDDEN', 'Requests from another site are refused');
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) return tooLarge();
  const body = await readAtMost(req, MAX_BODY_BYTES);
  if (body === undefined) return tooLarge();
  return new Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal });
}

export function isCrossSite(req: Request): boolean {
  // Browsers send both on a POST; a client that sends neither (a script, a test) carries no one's cookies by accident.
  if (req.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.headers.get('origin');
  if (!origin) return false;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? new URL(req.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

async function readAtMost(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!req.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const tooLarge = () => refusal(413, 'PAYLOAD_TOO_LARGE', `Requests are limited to ${MAX_BODY_BYTES} bytes`);

/** In the shape of a tRPC error, so the client shows it like any other refusal. */
function refusal(status: number, code: string, message: string): Response {
  return Response.json({ error: { json: { message, code: -32003, data: { code, httpStatus: status } } } }, { status });
}

/** What a command's answer carries (server/commands/context.ts, CommandOutcome), plus whatever the procedure adds. */
export interface CommandResult {
  streamVersion: number;
  position: number | null;
  taskId?: string;
}

/**
 * One request's outcome as a client sees it. `failed` (5xx, no answer, timeout) means the client cannot know
 * whether the command was carried out, so it sends it again with the same commandId; every other answer is final.
 */
export type Answer =
  | { outcome: 'ok'; result: CommandResult }
  | { outcome: 'conflict' | 'refused'; status: number; label: string; message: string }
  | { outcome: 'failed'; label: string };

interface TrpcBody {
  result?: { data?: { json?: unknown } };
  error?: { json?: { message?: string; data?: { code?: string } } };
}

/** For the few requests outside the load (sign-in, reads): long enough for a stalled counter. */
const REQUEST_TIMEOUT_MS = 30_000;

export async function sendCommand(
  baseUrl: string,
  cookie: string,
  path: string,
  input: unknown,
  timeoutMs: number,
): Promise<Answer> {
  let response: Response;
  let body: TrpcBody | undefined;
  try {
    response = await fetch(`${baseUrl}/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ json: input }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = (await response.json().catch(() => undefined)) as TrpcBody | undefined;
  } catch (error) {
    return { outcome: 'failed', label: `no answer: ${networkErrorKind(error)}` };
  }
  const result = body?.result?.data?.json as CommandResult | undefined;
  const message = body?.error?.json?.message ?? '';
  const code = body?.error?.json?.data?.code ?? '?';
  if (response.ok) {
    // A server killed while answering can leave a 2xx without its body: the result is unknown, so ask again.
    return result ? { outcome: 'ok', result } : { outcome: 'failed', label: `HTTP ${response.status} without a body` };
  }
  if (response.status >= 500) return { outcome: 'failed', label: `HTTP ${response.status}: ${message || '(no body)'}` };
  const outcome = response.status === 409 ? 'conflict' : 'refused';
  return { outcome, status: response.status, label: `HTTP ${response.status} ${code}`, message };
}

/** A tRPC query (GET), for the few reads a client needs to keep up with the workflow. */
export async function query<T>(baseUrl: string, cookie: string, path: string, input: unknown): Promise<T> {
  const search = new URLSearchParams({ input: JSON.stringify({ json: input }) });
  const response = await fetch(`${baseUrl}/api/trpc/${path}?${search.toString()}`, {
    headers: { cookie },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

/** Signs in through the app, as a browser would, and returns the Cookie header to send from then on. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/trpc/account.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { email, password } }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Signing in as ${email} failed: HTTP ${response.status} ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  if (!cookies.some((c) => c.startsWith('chronicle.session_token='))) {
    throw new Error(`Signing in as ${email} set no chronicle.session_token cookie`);
  }
  return cookies.join('; ');
}

/** undici reports a refused or dropped connection as "fetch failed" and puts the reason on the cause. */
export function networkErrorKind(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return 'timeout';
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 3; depth++) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return error instanceof Error ? error.message : String(error);
}

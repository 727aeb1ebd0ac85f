/** drizzle wraps driver errors; the SQL state and constraint sit on the cause (postgres.js and PGlite alike). */
export function sqlErrorOf(error: unknown): { code?: string; constraint?: string } {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const candidate = current as { code?: unknown; constraint?: string; constraint_name?: string; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return { code: candidate.code, constraint: candidate.constraint_name ?? candidate.constraint };
    }
    current = candidate.cause;
  }
  return {};
}

export const UNIQUE_VIOLATION = '23505';
/** Deadlock and serialisation failures: the transaction did nothing and may simply be run again. */
export const isTransientConflict = (error: unknown) => ['40P01', '40001'].includes(sqlErrorOf(error).code ?? '');

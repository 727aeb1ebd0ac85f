/** The rows of a raw query: postgres.js answers with the rows themselves, PGlite with a result holding them. */
export const rowsOf = <R>(result: unknown): R[] =>
  Array.isArray(result) ? (result as R[]) : (result as { rows: R[] }).rows;

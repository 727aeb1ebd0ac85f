import { PGlite } from '@electric-sql/pglite';

/**
 * PGlite on `dataDir` (in memory without one), starting from the dumped data folder `startFrom` if given. With
 * `beforeStatement`, that runs before every statement PGlite executes: the folder lock's check, which a timer alone
 * could not keep, since a chain of awaited queries (a seed, a migration, a busy script) never lets a timer run.
 */
export async function createPglite(
  dataDir: string | undefined,
  beforeStatement?: () => void,
  startFrom?: Blob,
): Promise<PGlite> {
  const client = beforeStatement
    ? new GuardedPGlite(dataDir, beforeStatement)
    : new PGlite({ dataDir, loadDataDir: startFrom });
  await client.waitReady;
  return client;
}

class GuardedPGlite extends PGlite {
  readonly #beforeStatement: () => void;

  constructor(dataDir: string | undefined, beforeStatement: () => void) {
    super(dataDir);
    this.#beforeStatement = beforeStatement;
  }

  // Queries, execs, each statement of a transaction and the shutdown all pass through here; the folder lock's
  // integration tests fail if a new PGlite version routes them elsewhere.
  override execProtocolRawSync(message: Uint8Array): Uint8Array {
    this.#beforeStatement();
    return super.execProtocolRawSync(message);
  }
}

/**
 * The embedded database's folder is held by another live process. Apart from the folder lock, so that the mapping of
 * errors to answers can know it without loading the native addon the lock is built on.
 */
export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    /** Read from the lock file; unknown when the holder had not written it yet, or is an earlier version. */
    readonly holderPid: number | undefined,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${holderPid ? `process ${holderPid}` : 'another process'} ` +
        `(the app or a script). Stop that process, or set CHRONICLE_DATA_DIR to another folder.`,
    );
    this.name = 'DataFolderInUseError';
  }

  /** What a client is told: the same, without the server's paths and process ids. */
  get publicMessage(): string {
    return (
      'The database is in use by another process on the server, so this one cannot open it. ' +
      'Please try again once that process has stopped.'
    );
  }
}

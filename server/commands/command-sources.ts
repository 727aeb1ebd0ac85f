/** Where a command's code is, as the inspector shows it (server/commands/sources.ts, generated). */

/** Lines `from`..`to` (1-based, inclusive) of a file, relative to the project's root. */
export interface SourceRange {
  readonly file: string;
  readonly from: number;
  readonly to: number;
  /** A `case` or `if` on the command's type, or a function such a branch hands the command to. */
  readonly kind: 'handler' | 'case' | 'if' | 'function';
  /** The function's name, for kind `function`. */
  readonly name?: string;
}

export interface CommandSources {
  readonly handler: SourceRange;
  readonly decider: readonly SourceRange[];
}

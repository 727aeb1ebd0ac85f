export interface FaultOptions {
  /** SIGKILL the app server mid-load and start it again. */
  kill: boolean;
  /** Restart the PostgreSQL cluster mid-load (every database on the machine goes down with it). */
  restartDb: boolean;
  /** Hold the position counter for a few seconds, so every command waits and the app's pool fills up. */
  stall: boolean;
  /** The app runs with this statement_timeout, and the counter is held longer than that once. */
  statementTimeoutMs: number | null;
  /** Terminate the app's database connections mid-load: a database restart, for this database only. */
  dropConnections: boolean;
}

export interface LoadOptions {
  clients: number;
  commands: number;
  /** Tasks that ~70% of the task commands go to, so that commands contend. */
  hotTasks: number;
  port: number;
  build: boolean;
  /** Without DATABASE_URL, say "skipped" and succeed (the short run inside `npm test` on PGlite). */
  ifPostgres: boolean;
  short: boolean;
  /** How long a client keeps sending a command that gets no final answer before it counts it as given up. */
  patienceMs: number;
  faults: FaultOptions;
}

export const USAGE = `npm run load -- [--short] [--if-postgres] [--build] [--clients=N] [--commands=N] [--port=N]
                     [--kill] [--restart-db] [--stall] [--statement-timeout[=MS]] [--drop-connections]
                     [--all-faults]`;

const DEFAULT_TIMEOUT_MS = 5_000;

export function parseOptions(argv: readonly string[]): LoadOptions {
  const flags = new Map<string, string | true>();
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unexpected argument ${arg}\n${USAGE}`);
    flags.set(match[1]!, match[2] ?? true);
  }
  const known = ['short', 'if-postgres', 'build', 'clients', 'commands', 'port', 'all-faults'];
  const faults = ['kill', 'restart-db', 'stall', 'statement-timeout', 'drop-connections'];
  for (const name of flags.keys()) {
    if (![...known, ...faults].includes(name)) {
      throw new Error(`Unknown option --${name}\n${USAGE}`);
    }
  }
  const short = flags.has('short');
  const all = flags.has('all-faults');
  if (short && (flags.has('restart-db') || all)) {
    throw new Error('--restart-db restarts every database on the machine: never in the short run');
  }
  const timeout = flags.get('statement-timeout');
  return {
    clients: count(flags, 'clients', short ? 10 : 50),
    commands: count(flags, 'commands', short ? 600 : 20_000),
    hotTasks: 10,
    port: count(flags, 'port', 3300),
    build: flags.has('build'),
    ifPostgres: flags.has('if-postgres'),
    short,
    // The short run must stay short even when the app does not recover: it gives up sooner.
    patienceMs: short ? 45_000 : 120_000,
    faults: {
      // The short run is the one `npm test` runs: every fault but the database restart, which would hit every
      // database on the machine (the full run has it).
      kill: short || all || flags.has('kill'),
      restartDb: all || flags.has('restart-db'),
      stall: short || all || flags.has('stall'),
      statementTimeoutMs:
        typeof timeout === 'string'
          ? positive('statement-timeout', timeout)
          : timeout || short || all
            ? DEFAULT_TIMEOUT_MS
            : null,
      dropConnections: short || all || flags.has('drop-connections'),
    },
  };
}

function count(flags: Map<string, string | true>, name: string, fallback: number): number {
  const value = flags.get(name);
  if (value === undefined) return fallback;
  if (value === true) throw new Error(`--${name} needs a value, like --${name}=10`);
  return positive(name, value);
}

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new Error(`--${name} must be a whole number from 1, not ${value}`);
  return n;
}

import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';

describe('load options', () => {
  it('runs 50 clients and 20,000 commands without faults by default', () => {
    expect(parseOptions([])).toMatchObject({
      clients: 50,
      commands: 20_000,
      short: false,
      faults: { kill: false, restartDb: false, stall: false, statementTimeoutMs: null, dropConnections: false },
    });
  });

  it('makes the short run small, with the faults the app recovers from in time', () => {
    expect(parseOptions(['--short', '--if-postgres'])).toMatchObject({
      clients: 10,
      commands: 600,
      ifPostgres: true,
      patienceMs: 45_000,
      faults: { kill: true, restartDb: false, stall: true, statementTimeoutMs: 5_000, dropConnections: true },
    });
  });

  it('takes faults one by one or all at once', () => {
    expect(parseOptions(['--kill', '--statement-timeout=250']).faults).toEqual({
      kill: true,
      restartDb: false,
      stall: false,
      statementTimeoutMs: 250,
      dropConnections: false,
    });
    expect(parseOptions(['--all-faults']).faults).toEqual({
      kill: true,
      restartDb: true,
      stall: true,
      statementTimeoutMs: 5_000,
      dropConnections: true,
    });
  });

  it('refuses to restart the database in the short run', () => {
    expect(() => parseOptions(['--short', '--restart-db'])).toThrow(/never in the short run/);
    expect(() => parseOptions(['--short', '--all-faults'])).toThrow(/never in the short run/);
  });

  it('refuses what it does not understand', () => {
    expect(() => parseOptions(['--clients=0'])).toThrow(/whole number/);
    expect(() => parseOptions(['--clients'])).toThrow(/needs a value/);
    expect(() => parseOptions(['--fast'])).toThrow(/Unknown option --fast/);
    expect(() => parseOptions(['short'])).toThrow(/Unexpected argument/);
  });
});

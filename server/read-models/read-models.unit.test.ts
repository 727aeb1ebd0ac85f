import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type tasksView } from '../db/schema';
import { computeFingerprints, fingerprintsModule } from '../tools/read-models/fingerprint';
import { defineReadModel, type table, type RowChange } from './define';
import { fingerprints } from './fingerprints';
import { inRunOrder } from './order';
import { readModels } from './registry';

const fake = (name: string, readsBefore: ReturnType<typeof defineReadModel>[] = []) =>
  defineReadModel({ name, maintained: 'inline', tables: {}, readsBefore, handles: [], apply: () => [] });

describe('read models', () => {
  it('have versions that match their code (server/read-models/fingerprints.ts is current)', () => {
    const current = computeFingerprints(
      process.cwd(),
      readModels.map((m) => m.name),
    );
    expect(
      fingerprints,
      'server/read-models/fingerprints.ts is stale: a read model changed. Run `npm run read-models:fingerprint` and commit it.',
    ).toEqual(current);
    expect(readModels.map((m) => m.version)).toEqual(readModels.map((m) => current[m.name]));
  });

  it('get a new version when their code or the code they import changes, not when a type-only import does', () => {
    const root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    try {
      write('server/read-models/tally.ts', "import { add } from './helpers';\nimport type { N } from '@/types';\n");
      write('server/read-models/helpers.ts', 'export const add = (a: number, b: number) => a + b;\n');
      write('server/read-models/other.ts', 'export const other = 1;\n');
      write('types.ts', 'export type N = number;\n');
      const version = () => computeFingerprints(root, ['tally', 'other']);
      const first = version();

      write('types.ts', 'export type N = bigint;\n');
      expect(version()).toEqual(first);
      write('server/read-models/helpers.ts', 'export const add = (a: number, b: number) => a - b;\n');
      const second = version();
      expect(second.tally).not.toBe(first.tally);
      expect(second.other).toBe(first.other);
      write('server/read-models/tally.ts', "import { add } from './helpers';\n// counts twice\n");
      expect(version().tally).not.toBe(second.tally);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('are written under their file names, quoted where a name is no identifier', () => {
    expect(fingerprintsModule({ board: 'a1', 'named-points': 'b2' })).toContain(
      "  board: 'a1',\n  'named-points': 'b2',\n",
    );
  });

  it('run in an order where a read model that reads another one\'s "before" comes first', () => {
    const board = fake('board');
    const activity = fake('activity', [board]);
    const digest = fake('digest', [activity]);
    expect(inRunOrder([board, digest, activity]).map((m) => m.name)).toEqual(['digest', 'activity', 'board']);
    expect(inRunOrder([fake('a'), fake('b')]).map((m) => m.name)).toEqual(['a', 'b']);
    const names = readModels.map((m) => m.name);
    expect(names.indexOf('activity')).toBeLessThan(names.indexOf('board'));
    expect([...names].sort()).toEqual([
      'activity',
      'board',
      'comments',
      'inbox',
      'insights',
      'labels',
      'members',
      'named-points',
    ]);
  });

  it('refuse a cycle of "before" reads', () => {
    const a = fake('a');
    const b = fake('b', [a]);
    (a.readsBefore as unknown[]).push(b);
    expect(() => inRunOrder([a, b])).toThrow(/cycle: a, b/);
  });

  it('describe changes with the exact row type of each table', () => {
    const changes: RowChange<{ tasks: ReturnType<typeof table<typeof tasksView, 'id'>> }>[] = [
      { update: 'tasks', key: { id: 't1' }, set: { title: 'Renamed' } },
      // @ts-expect-error: tasks have no `titel`
      { update: 'tasks', key: { id: 't1' }, set: { titel: 'Renamed' } },
      // @ts-expect-error: a task is named by its id
      { delete: 'tasks', key: { number: 1 } },
      // @ts-expect-error: the read model owns no such table
      { delete: 'projects', key: { id: 'p1' } },
    ];
    expect(changes).toHaveLength(4);
  });
});

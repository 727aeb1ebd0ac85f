import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateCommandSources } from '../tools/command-sources/locate';
import { handlers } from './handlers';
import { commandSources } from './sources';

const root = process.cwd();
const linesOf = (file: string, from: number, to: number) =>
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .slice(from - 1, to);

describe('the command sources the inspector shows', () => {
  it('are current (server/commands/sources.ts matches the code)', () => {
    expect(
      commandSources,
      'server/commands/sources.ts is stale: run `npm run commands:sources` and commit it.',
    ).toEqual(locateCommandSources(root, Object.keys(handlers)));
  });

  it.each(Object.keys(handlers))('point at the handler and the decider branches of %s', (type) => {
    const { handler, decider } = commandSources[type]!;
    expect(linesOf(handler.file, handler.from, handler.to)[0]).toMatch(new RegExp(`^\\s*${type}: \\{?`));
    expect(decider.length).toBeGreaterThan(0);
    for (const range of decider) {
      const [first, ...rest] = linesOf(range.file, range.from, range.to);
      if (range.kind === 'function') expect(first).toContain(`function ${range.name}(`);
      else expect(first).toMatch(range.kind === 'case' ? `case '${type}':` : `.type === '${type}'`);
      // The range ends where its branch or function does, not at the end of the file.
      expect(rest.length).toBeLessThan(60);
    }
  });

  it('follow a branch into the function it hands the command to', () => {
    expect(commandSources.LabelTask!.decider.map((r) => r.name ?? r.kind)).toEqual(['case', 'labelTask']);
    expect(commandSources.InviteMember!.decider.map((r) => r.file)).toEqual([
      'domain/project/decide.ts',
      'domain/project/invitations.ts',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-strength';

const ana = { email: 'ana.lima@example.com', name: 'Ana Lima' };

describe('how easy a new password is to guess', () => {
  it.each(['password', '12345678', 'qwertyuiop', 'iloveyou1', 'p@ssw0rd', 'P@ssw0rd1', '1qaz2wsx'])(
    'refuses the common password %s, saying why',
    async (password) => {
      expect(await passwordWeakness(password, ana)).toMatch(/(heavily|frequently|commonly) used password|keyboard/);
    },
  );

  it.each(['ana.lima@example.com', 'ana.lima1', 'Ana Lima 1', 'chronicle1'])(
    'refuses %s, made of the e-mail address, the name or the app',
    async (password) => {
      expect(await passwordWeakness(password, ana)).toMatch(/your name, your e-mail address or the name of this app/);
    },
  );

  it('accepts the demo password, the one the tests use and a passphrase', async () => {
    const demo = { email: 'ana@chronicle.test', name: 'Ana Lima' };
    expect(await passwordWeakness('chronicle-demo', demo)).toBeUndefined();
    expect(await passwordWeakness('long enough', ana)).toBeUndefined();
    expect(await passwordWeakness('correct horse', ana)).toBeUndefined();
  });

  it('judges a long password quickly, whatever it repeats', async () => {
    const longest = (unit: string) => unit.repeat(128).slice(0, 128);
    expect(await passwordWeakness(longest('p@ssw0rd'), ana)).toMatch(/repeated/i);
    const started = performance.now();
    for (const unit of ['Pa55w0rd!', 'p@ssw0rd', 'aB3$', '1!|3$5@4']) await passwordWeakness(longest(unit), ana);
    // Unbounded, these four took 2-9 s on this 2-core machine.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

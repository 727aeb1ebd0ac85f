import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module reads the environment once, as the server does at start. */
async function headerFor(appUrl: string | undefined) {
  vi.stubEnv('APP_URL', appUrl);
  vi.resetModules();
  return (await import('./transport-security')).strictTransportSecurity;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Strict-Transport-Security', () => {
  it('is sent when the app is served over https', async () => {
    expect(await headerFor('https://chronicle.example')).toBe('max-age=63072000');
  });

  it('is left out over plain http and when no address is set', async () => {
    expect(await headerFor('http://localhost:3000')).toBeUndefined();
    expect(await headerFor(undefined)).toBeUndefined();
  });
});

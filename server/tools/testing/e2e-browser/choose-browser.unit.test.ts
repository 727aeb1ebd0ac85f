import { describe, expect, it } from 'vitest';
import { chooseBrowser, systemCandidates, type BrowserProbe } from './choose-browser';

const PLAYWRIGHT = '/home/ana/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
const DEBIAN = '/usr/bin/chromium';
const MINE = '/opt/chromium/chrome';

/** A Linux x64 machine on which exactly the given paths are executables. */
const machine = (executables: string[], env: Record<string, string> = {}, rest: Partial<BrowserProbe> = {}) =>
  ({
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    platform: 'linux',
    arch: 'x64',
    playwrightPath: () => PLAYWRIGHT,
    isExecutable: (path) => executables.includes(path),
    ...rest,
  }) satisfies BrowserProbe;

describe('the browser of the browser tests', () => {
  it('is CHROMIUM_PATH first, whatever else is there', () => {
    expect(chooseBrowser(machine([MINE, PLAYWRIGHT, DEBIAN], { CHROMIUM_PATH: MINE }))).toEqual({
      source: 'CHROMIUM_PATH',
      executablePath: MINE,
      why: 'CHROMIUM_PATH is set',
    });
  });

  it("is then Playwright's download, before a system Chromium", () => {
    expect(chooseBrowser(machine([PLAYWRIGHT, DEBIAN]))).toMatchObject({
      source: 'playwright',
      executablePath: PLAYWRIGHT,
    });
  });

  it("is then a system Chromium, when Playwright's is not downloaded", () => {
    expect(chooseBrowser(machine([DEBIAN]))).toMatchObject({ source: 'system', executablePath: DEBIAN });
  });

  it('is last the packaged Chromium, on a machine with nothing but Node', () => {
    expect(chooseBrowser(machine([]))).toEqual({
      source: 'packaged',
      why: 'no CHROMIUM_PATH, no Playwright download, no system Chromium',
    });
  });

  it('looks for the usual names along PATH, Chromium before Chrome, and in the macOS applications', () => {
    const linux = systemCandidates({ env: { PATH: '/usr/local/bin:/usr/bin' }, platform: 'linux' });
    expect(linux.slice(0, 4)).toEqual([
      '/usr/local/bin/chromium',
      '/usr/bin/chromium',
      '/usr/local/bin/chromium-browser',
      '/usr/bin/chromium-browser',
    ]);
    expect(linux).toContain('/usr/bin/google-chrome');
    expect(linux.indexOf('/usr/bin/chromium-browser')).toBeLessThan(linux.indexOf('/usr/local/bin/google-chrome'));
    expect(systemCandidates({ env: { PATH: '/usr/bin' }, platform: 'darwin' })).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    expect(chooseBrowser(machine(['/usr/bin/google-chrome']))).toMatchObject({
      source: 'system',
      executablePath: '/usr/bin/google-chrome',
    });
  });

  it('refuses a CHROMIUM_PATH with no executable there rather than running another browser', () => {
    expect(() => chooseBrowser(machine([DEBIAN], { CHROMIUM_PATH: MINE }))).toThrow(
      'CHROMIUM_PATH is /opt/chromium/chrome: no executable there.',
    );
  });

  it('takes a platform without a Playwright build of Chromium as no Playwright download', () => {
    const unsupported = () => {
      throw new Error('ERROR: Playwright does not support chromium on this platform');
    };
    expect(chooseBrowser(machine([DEBIAN], {}, { playwrightPath: unsupported }))).toMatchObject({ source: 'system' });
  });

  describe('CHRONICLE_BROWSER', () => {
    it('=packaged takes the packaged Chromium even with every other one there', () => {
      expect(
        chooseBrowser(machine([MINE, PLAYWRIGHT, DEBIAN], { CHRONICLE_BROWSER: 'packaged', CHROMIUM_PATH: MINE })),
      ).toEqual({ source: 'packaged', why: 'CHRONICLE_BROWSER=packaged, CHROMIUM_PATH ignored' });
    });

    it('=system and =playwright take that one, and fail when it is not there', () => {
      const env = (setting: string) => ({ CHRONICLE_BROWSER: setting });
      expect(chooseBrowser(machine([PLAYWRIGHT, DEBIAN], env('system')))).toEqual({
        source: 'system',
        executablePath: DEBIAN,
        why: 'CHRONICLE_BROWSER=system',
      });
      expect(chooseBrowser(machine([PLAYWRIGHT, DEBIAN], env('playwright')))).toMatchObject({ source: 'playwright' });
      expect(() => chooseBrowser(machine([PLAYWRIGHT], env('system')))).toThrow(
        'CHRONICLE_BROWSER=system, but no system Chromium was found',
      );
      expect(() => chooseBrowser(machine([DEBIAN], env('playwright')))).toThrow(
        'run `npx playwright install chromium`',
      );
    });

    it('=auto, or empty, is the usual order', () => {
      expect(chooseBrowser(machine([DEBIAN], { CHRONICLE_BROWSER: 'auto' }))).toMatchObject({ source: 'system' });
      expect(chooseBrowser(machine([DEBIAN], { CHRONICLE_BROWSER: '' }))).toMatchObject({ source: 'system' });
    });

    it('of any other value fails, naming the values it takes', () => {
      expect(() => chooseBrowser(machine([DEBIAN], { CHRONICLE_BROWSER: 'Packaged' }))).toThrow(
        'CHRONICLE_BROWSER is "Packaged"; it must be one of auto, playwright, system, packaged (or unset).',
      );
    });
  });

  it('fails with what to do where the packaged Chromium cannot run and no other is there', () => {
    const mac = machine([], {}, { platform: 'darwin', arch: 'arm64' });
    expect(() => chooseBrowser(mac)).toThrow(
      'No Chromium for the browser tests: set CHROMIUM_PATH, run `npx playwright install chromium`, or install ' +
        'Chromium (the packaged Chromium runs on Linux x64 only; this is darwin arm64).',
    );
    expect(() => chooseBrowser({ ...mac, env: { CHRONICLE_BROWSER: 'packaged' } })).toThrow('Linux x64 only');
  });
});

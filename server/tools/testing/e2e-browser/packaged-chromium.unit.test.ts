import chromium from '@sparticuz/chromium';
import { describe, expect, it } from 'vitest';
import { mergeFlags } from './packaged-chromium';

const PROJECT = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

describe('the flags of the packaged Chromium', () => {
  const flags = mergeFlags(PROJECT, chromium.args);

  it("start with the project's own, each once", () => {
    expect(chromium.args).toContain('--no-sandbox');
    expect(flags.slice(0, PROJECT.length)).toEqual(PROJECT);
    expect(flags.filter((flag) => flag === '--no-sandbox')).toHaveLength(1);
  });

  it("keep the package's harmless advice", () => {
    expect(flags).toEqual(expect.arrayContaining(['--disable-domain-reliability', '--font-render-hinting=none']));
  });

  it("keep the browser's defences, which the suite tests the app against", () => {
    expect(chromium.args).toContain('--disable-web-security');
    for (const weakening of [
      '--disable-web-security',
      '--allow-running-insecure-content',
      '--disable-site-isolation-trials',
    ]) {
      expect(flags).not.toContain(weakening);
    }
  });

  it('leave Playwright its feature lists, its headless mode and a renderer per page', () => {
    expect(chromium.args.some((flag) => flag.startsWith('--disable-features='))).toBe(true);
    expect(flags.filter((flag) => /^--(disable|enable)-features=|^--headless/.test(flag))).toEqual([]);
    expect(flags).not.toContain('--single-process');
    expect(flags).not.toContain('--no-zygote');
  });

  it('leave out the GPU emulation, since every browser of the suite runs with --disable-gpu', () => {
    expect(flags.filter((flag) => /swiftshader|--use-gl|--use-angle|gpu-blocklist|in-process-gpu/.test(flag))).toEqual(
      [],
    );
  });
});

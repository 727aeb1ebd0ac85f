import { delimiter, join } from 'node:path';

/**
 * Which Chromium the browser tests run in. A newcomer's machine may have none but the one packaged in
 * node_modules, so the suite looks for the others first and falls back on it; CHRONICLE_BROWSER forces one kind
 * (CI forces the packaged one, to prove the newcomer's path on a machine that has a system Chromium).
 */
export const BROWSER_SETTINGS = ['auto', 'playwright', 'system', 'packaged'] as const;
type BrowserSetting = (typeof BROWSER_SETTINGS)[number];

export type BrowserChoice =
  | { source: 'CHROMIUM_PATH' | 'playwright' | 'system'; executablePath: string; why: string }
  | { source: 'packaged'; why: string };

/** What the choice depends on, passed in so that the order can be tested without touching the machine. */
export interface BrowserProbe {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  arch: string;
  /** Where `npx playwright install chromium` puts Chromium, whether it is there or not. */
  playwrightPath: () => string;
  isExecutable: (path: string) => boolean;
}

// Debian and Arch name it chromium, Fedora and Alpine chromium-browser; Google Chrome is driven just as well.
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
const MAC_APPS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function systemCandidates(probe: Pick<BrowserProbe, 'env' | 'platform'>): string[] {
  const folders = (probe.env.PATH ?? '').split(delimiter).filter(Boolean);
  const onPath = SYSTEM_NAMES.flatMap((name) => folders.map((folder) => join(folder, name)));
  return [...new Set([...onPath, ...(probe.platform === 'darwin' ? MAC_APPS : [])])];
}

const NO_CHROMIUM =
  'No Chromium for the browser tests: set CHROMIUM_PATH, run `npx playwright install chromium`, or install Chromium';

function readSetting(value: string | undefined): BrowserSetting {
  if (!value) return 'auto';
  const setting = BROWSER_SETTINGS.find((known) => known === value);
  if (!setting) {
    throw new Error(`CHRONICLE_BROWSER is "${value}"; it must be one of ${BROWSER_SETTINGS.join(', ')} (or unset).`);
  }
  return setting;
}

function playwrightChromium(probe: BrowserProbe): string | undefined {
  let path: string;
  try {
    path = probe.playwrightPath();
  } catch {
    return undefined; // a platform Playwright has no Chromium build for
  }
  return path && probe.isExecutable(path) ? path : undefined;
}

const systemChromium = (probe: BrowserProbe) => systemCandidates(probe).find((path) => probe.isExecutable(path));

function packaged(probe: BrowserProbe, why: string): BrowserChoice {
  // @sparticuz/chromium ships one build: Linux on x86-64.
  if (probe.platform !== 'linux' || probe.arch !== 'x64') {
    throw new Error(
      `${NO_CHROMIUM} (the packaged Chromium runs on Linux x64 only; this is ${probe.platform} ${probe.arch}).`,
    );
  }
  return { source: 'packaged', why };
}

function forced(probe: BrowserProbe, setting: Exclude<BrowserSetting, 'auto'>): BrowserChoice {
  const why = `CHRONICLE_BROWSER=${setting}${probe.env.CHROMIUM_PATH ? ', CHROMIUM_PATH ignored' : ''}`;
  if (setting === 'packaged') return packaged(probe, why);
  if (setting === 'playwright') {
    const path = playwrightChromium(probe);
    if (!path) {
      throw new Error(`${why}, but Playwright's Chromium is not downloaded: run \`npx playwright install chromium\`.`);
    }
    return { source: 'playwright', executablePath: path, why };
  }
  const path = systemChromium(probe);
  if (!path) {
    throw new Error(`${why}, but no system Chromium was found (looked for ${SYSTEM_NAMES.join(', ')} on PATH).`);
  }
  return { source: 'system', executablePath: path, why };
}

/** CHROMIUM_PATH, then Playwright's download, then a system Chromium, then the packaged one. */
export function chooseBrowser(probe: BrowserProbe): BrowserChoice {
  const setting = readSetting(probe.env.CHRONICLE_BROWSER);
  if (setting !== 'auto') return forced(probe, setting);

  const chromiumPath = probe.env.CHROMIUM_PATH;
  if (chromiumPath) {
    // A path set on purpose and wrong is a mistake to report, not a reason to quietly run another browser.
    if (!probe.isExecutable(chromiumPath)) throw new Error(`CHROMIUM_PATH is ${chromiumPath}: no executable there.`);
    return { source: 'CHROMIUM_PATH', executablePath: chromiumPath, why: 'CHROMIUM_PATH is set' };
  }
  const downloaded = playwrightChromium(probe);
  if (downloaded) {
    return { source: 'playwright', executablePath: downloaded, why: 'downloaded by `npx playwright install chromium`' };
  }
  const system = systemChromium(probe);
  if (system) return { source: 'system', executablePath: system, why: "Playwright's own Chromium is not downloaded" };
  return packaged(probe, 'no CHROMIUM_PATH, no Playwright download, no system Chromium');
}

import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';
import { chooseBrowser, type BrowserChoice } from './choose-browser';
import { packagedVersion, preparePackagedChromium } from './packaged-chromium';

// Root needs --no-sandbox; CI machines have no GPU and a small /dev/shm; the rest keeps the browser off the network.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function isExecutable(path: string) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const LABELS = {
  CHROMIUM_PATH: 'Chromium',
  playwright: "Playwright's Chromium",
  system: "the system's Chromium",
} as const;

const describe = (choice: BrowserChoice) =>
  choice.source === 'packaged'
    ? `the packaged Chromium (@sparticuz/chromium ${packagedVersion})`
    : `${LABELS[choice.source]} ${choice.executablePath}`;

/** How the browser tests launch Chromium, found in the order of `chooseBrowser`; says which one it found, and why. */
export async function e2eLaunchOptions(): Promise<LaunchOptions> {
  const choice = chooseBrowser({
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    playwrightPath: () => chromium.executablePath(),
    isExecutable,
  });
  // Playwright loads the config again in every worker process; the runner's line is enough.
  if (!process.env.TEST_WORKER_INDEX) console.log(`Browser tests run in ${describe(choice)}: ${choice.why}.`);
  if (choice.source !== 'packaged') return { executablePath: choice.executablePath, args: FLAGS };
  const packaged = await preparePackagedChromium(FLAGS);
  // Its build is a headless shell: it has no window to show.
  return { ...packaged, headless: true, env: { ...process.env, ...packaged.env } };
}

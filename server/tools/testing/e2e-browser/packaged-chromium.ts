import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import chromium from '@sparticuz/chromium';

/**
 * The Chromium that @sparticuz/chromium ships compressed in node_modules: the browser of last resort, which needs
 * nothing but `npm ci`. It is built for AWS Lambda, so a few of its habits are corrected here.
 */
const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
const packageRoot = join(dirname(entry), '..', '..');
export const packagedVersion = (
  JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }
).version;
const folder = join(packageRoot, '..', '..', '.cache', `packaged-chromium-${packagedVersion}`);

// Written last, so a folder that has it is complete (the folder is renamed into place in one step).
const FONTS_CONF = 'fonts.conf';
const isComplete = () => existsSync(join(folder, 'chromium')) && existsSync(join(folder, FONTS_CONF));

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The package's own fonts.conf names /tmp/fonts. This one names the fonts unpacked here and nothing of the machine's,
// so text is set the same everywhere, also where the machine has no fonts or no fontconfig at all.
const fontsConf = () => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${xmlText(join(folder, 'fonts'))}</dir>
  <cachedir>${xmlText(join(folder, 'fonts-cache'))}</cachedir>
</fontconfig>
`;

const staging = `${folder}.unpacking-`;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

// A run killed while unpacking leaves its staging folder behind (200 MB); its process id says whether it is gone.
async function removeAbandonedStaging() {
  const prefix = basename(staging);
  for (const name of await readdir(dirname(folder))) {
    if (name.startsWith(prefix) && !isAlive(Number(name.slice(prefix.length)))) {
      await rm(join(dirname(folder), name), { recursive: true, force: true });
    }
  }
}

/**
 * The package unpacks into the temp folder and then reuses any `chromium` it finds there, whatever its version, even
 * one cut short by an interrupted run; and runs started side by side write it at the same time. So it unpacks in a
 * child process whose temp folder is this run's own staging folder, renamed to this version's folder once complete.
 */
async function unpack() {
  await mkdir(dirname(folder), { recursive: true });
  await removeAbandonedStaging();
  const mine = `${staging}${process.pid}`;
  await rm(mine, { recursive: true, force: true });
  await mkdir(mine);
  try {
    await promisify(execFile)(process.execPath, ['--eval', 'require(process.argv[1]).executablePath()', entry], {
      // On Amazon Linux the package also unpacks the NSS libraries Chromium links against (see `missingLibraries`).
      env: { ...process.env, TMPDIR: mine, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x' },
    });
    await writeFile(join(mine, FONTS_CONF), fontsConf());
    await rename(mine, folder);
  } catch (error) {
    // A run started alongside may have renamed its copy into place first; that one serves as well.
    if (!isComplete()) throw error;
  } finally {
    await rm(mine, { recursive: true, force: true });
  }
}

// A machine with nothing but Node may lack NSS. The package's copy, built for Amazon Linux, needs glibc 2.34 where
// Chromium itself needs 2.25, so an older machine can only use its own: the package's is used where there is none.
function missingLibraries(executable: string) {
  const ldd = spawnSync('ldd', [executable], { encoding: 'utf8' });
  return ldd.status !== 0 || ldd.stdout.includes('=> not found');
}

/** Unpacks the packaged Chromium on first use (about 1.5 s) and says how to launch it. */
export async function preparePackagedChromium(projectFlags: readonly string[]) {
  if (!isComplete()) await unpack();
  const executablePath = join(folder, 'chromium');
  const env: Record<string, string> = { FONTCONFIG_FILE: join(folder, FONTS_CONF) };
  if (missingLibraries(executablePath)) {
    env.LD_LIBRARY_PATH = [join(folder, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  }
  return { executablePath, env, args: mergeFlags(projectFlags, chromium.args) };
}

// The package's flags that do not belong in a test of this app, found by their names.
const REFUSED = [
  // Playwright passes its own feature lists; Chromium keeps only the last of a repeated switch, so these would replace
  // them.
  /^--(disable|enable)-features=/,
  // For Lambda's sandbox: Playwright starts headless itself and expects a renderer process per page.
  /^--headless/,
  /^--single-process$/,
  /^--no-zygote$/,
  // The suite tests the app's own defences (content security policy, same origin, escaping): the browser keeps its.
  /^--disable-web-security$/,
  /^--allow-running-insecure-content$/,
  /^--disable-site-isolation-trials$/,
  // SwiftShader's GPU emulation: the suite runs every browser with --disable-gpu, and the app draws no WebGL.
  /^--(use-gl|use-angle|in-process-gpu|ignore-gpu-blocklist|enable-unsafe-swiftshader)\b/,
];

/** The project's flags, then those of the package's that fit a test of this app, each once. */
export const mergeFlags = (projectFlags: readonly string[], packageFlags: readonly string[]) => [
  ...new Set([...projectFlags, ...packageFlags.filter((flag) => !REFUSED.some((pattern) => pattern.test(flag)))]),
];

import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Where each build records what it was built from. */
const SOURCES_FILE = 'chronicle-sources.sha256';
/** Builds made by the tests, the load run and the bench: one of them may already be the build wanted. */
const KNOWN_BUILDS = ['.next', '.next-load', '.next-bench'];

/**
 * A production build into a folder of its own (the bench's, the load suite's), so that it never disturbs a `.next`
 * another process is serving. The build is kept while the sources are those it was built from, and copied from
 * another folder built from the same sources: CI's two test passes and its load run need one build, not three.
 * `force` builds again.
 */
export function ensureBuild(distDir: string, force: boolean) {
  const sources = sourcesFingerprint();
  if (!force && sources !== undefined) {
    if (builtFrom(distDir) === sources) return;
    const twin = KNOWN_BUILDS.find((other) => other !== distDir && builtFrom(other) === sources);
    if (twin) {
      console.log(`Copying the build in ${twin}, made from the same sources, into ${distDir}…`);
      rmSync(distDir, { recursive: true, force: true });
      // The compiler's cache is most of a build folder and `next start` never reads it.
      cpSync(twin, distDir, { recursive: true, filter: (from) => from !== `${twin}/cache` });
      return;
    }
  }
  console.log(`Building the app into ${distDir} (next build)…`);
  // next build adds its dist folder's types to tsconfig.json (and reformats it): not a change to keep.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const built = spawnSync('node_modules/.bin/next', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
  if (built.status !== 0) throw new Error('next build failed; nothing was run');
  if (sources !== undefined) writeFileSync(`${distDir}/${SOURCES_FILE}`, `${sources} ${buildId(distDir)}`);
}

const buildId = (distDir: string) => readFileSync(`${distDir}/BUILD_ID`, 'utf8').trim();

/** The sources a build was made from, if it is still the build this file recorded (`next build` run by hand is not). */
function builtFrom(distDir: string): string | undefined {
  const file = `${distDir}/${SOURCES_FILE}`;
  if (!existsSync(`${distDir}/BUILD_ID`) || !existsSync(file)) return undefined;
  const [sources, recordedId] = readFileSync(file, 'utf8').split(' ');
  return recordedId === buildId(distDir) ? sources : undefined;
}

/**
 * A digest of every file git would commit (tracked or not yet added) that can reach the build, which leaves out the
 * browser tests and the test files; undefined outside a git checkout, where every build is made afresh.
 */
function sourcesFingerprint(): string | undefined {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  if (listed.status !== 0) return undefined;
  const hash = createHash('sha256');
  const files = listed.stdout
    .split('\0')
    .filter((file) => file && !file.startsWith('e2e/') && !/\.test\.tsx?$/.test(file) && existsSync(file))
    .sort();
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

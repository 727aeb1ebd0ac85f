import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/**
 * A production build into a folder of its own (the bench's, the load suite's), so that it never disturbs a `.next`
 * another process is serving. Built once; `force` builds again.
 */
export function ensureBuild(distDir: string, force: boolean) {
  if (!force && existsSync(`${distDir}/BUILD_ID`)) return;
  console.log(`Building the app into ${distDir} (next build)…`);
  // next build adds its dist folder's types to tsconfig.json (and reformats it): not a change to keep.
  const tsconfig = readFileSync('tsconfig.json', 'utf8');
  const built = spawnSync('node_modules/.bin/next', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
  if (built.status !== 0) throw new Error('next build failed; nothing was run');
}

import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@/server/api/root';

export type ProjectionStatus = inferRouterOutputs<AppRouter>['insights']['projections'];

export interface ProjectionRow {
  key: string;
  name: string;
  kind: 'Inline' | 'Asynchronous';
  /** Inline read models have no builds or checkpoint rows of their own: they move with every append. */
  build: number | null;
  /** The fingerprint of the read model's code that made this build (for an inline one, the running code's). */
  codeVersion: string | null;
  /** The code version of this read model that the running app has: a build made by older code will be replaced. */
  currentCodeVersion: string | null;
  state: 'active' | 'building' | 'retired' | 'not started';
  position: number | null;
  lag: number | null;
  updatedAt: Date | null;
}

/** One row per inline projection and per build of an asynchronous one (a row saying so when none exists yet). */
export function projectionRows(status: ProjectionStatus): ProjectionRow[] {
  const inline = status.inline.map((p): ProjectionRow => ({
    key: `inline-${p.name}`,
    name: p.name,
    kind: 'Inline',
    build: null,
    codeVersion: p.codeVersion,
    currentCodeVersion: p.codeVersion,
    state: 'active',
    position: p.position,
    lag: p.lag,
    updatedAt: null,
  }));
  const builds = status.async.flatMap((p) => {
    const base = { name: p.name, kind: 'Asynchronous' as const, currentCodeVersion: p.codeVersion };
    if (p.builds.length === 0) {
      const pending: ProjectionRow = {
        ...base,
        key: `${p.name}-none`,
        build: null,
        codeVersion: null,
        state: 'not started',
        position: null,
        lag: null,
        updatedAt: null,
      };
      return [pending];
    }
    return p.builds.map((b): ProjectionRow => ({ ...base, key: `${p.name}-${b.build}`, ...b }));
  });
  return [...inline, ...builds];
}

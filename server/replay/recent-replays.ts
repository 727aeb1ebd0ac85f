import type { MemoryStore } from '../read-models';

export interface ReplayState {
  readonly position: number;
  readonly eventCount: number;
  readonly rows: MemoryStore;
}

const PER_PROJECT = 8;
const PROJECTS = 32;

/**
 * The last few replays of each recently replayed project, kept in memory so that a slider stepping forward folds one
 * event instead of starting again from a checkpoint. Safe to keep: the history up to a position never changes once
 * that position is visible (README, "Global order").
 */
class RecentReplays {
  private readonly byProject = new Map<string, ReplayState[]>();

  /** `version` names the read models replayed and their code's fingerprints: replays of other models never mix. */
  nearest(projectId: string, version: string, position: number): ReplayState | undefined {
    let best: ReplayState | undefined;
    for (const state of this.byProject.get(`${projectId} ${version}`) ?? []) {
      if (state.position <= position && (!best || state.position > best.position)) best = state;
    }
    return best;
  }

  remember(projectId: string, version: string, state: ReplayState) {
    const key = `${projectId} ${version}`;
    const states = (this.byProject.get(key) ?? []).filter((s) => s.position !== state.position);
    states.push(state);
    this.byProject.delete(key);
    this.byProject.set(key, states.slice(-PER_PROJECT));
    if (this.byProject.size > PROJECTS) this.byProject.delete(this.byProject.keys().next().value!);
  }

  forget() {
    this.byProject.clear();
  }
}

export const recentReplays = new RecentReplays();

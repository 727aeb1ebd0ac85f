import type { MemoryRowStore } from '../projections';

export interface ReplayState {
  readonly position: number;
  readonly eventCount: number;
  readonly rows: MemoryRowStore;
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

  nearest(projectId: string, position: number): ReplayState | undefined {
    let best: ReplayState | undefined;
    for (const state of this.byProject.get(projectId) ?? []) {
      if (state.position <= position && (!best || state.position > best.position)) best = state;
    }
    return best;
  }

  remember(projectId: string, state: ReplayState) {
    const states = (this.byProject.get(projectId) ?? []).filter((s) => s.position !== state.position);
    states.push(state);
    this.byProject.delete(projectId);
    this.byProject.set(projectId, states.slice(-PER_PROJECT));
    if (this.byProject.size > PROJECTS) this.byProject.delete(this.byProject.keys().next().value!);
  }

  forget() {
    this.byProject.clear();
  }
}

export const recentReplays = new RecentReplays();

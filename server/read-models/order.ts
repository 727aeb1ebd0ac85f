import type { ReadModel } from './define';

/**
 * The order read models run in for each event: a read model that reads another's rows as they were before the event
 * (`readsBefore`) runs before it; otherwise they keep the order they were listed in. Derived, never hand-kept.
 */
export function inRunOrder<M extends ReadModel>(models: readonly M[]): M[] {
  const pending = [...models];
  const placed: M[] = [];
  while (pending.length > 0) {
    // A model may run once every model that reads its "before" has run.
    const next = pending.find((model) =>
      pending.every((other) => other === model || !other.readsBefore.some((m) => m.name === model.name)),
    );
    if (!next)
      throw new Error(`Read models read each other's "before" in a cycle: ${pending.map((m) => m.name).join(', ')}`);
    placed.push(next);
    pending.splice(pending.indexOf(next), 1);
  }
  return placed;
}

/** The given read models and every one they read the "before" of, each once. */
export function withWhatTheyRead(models: readonly ReadModel[]): ReadModel[] {
  const all = new Map<string, ReadModel>();
  const visit = (model: ReadModel) => {
    if (all.has(model.name)) return;
    all.set(model.name, model);
    model.readsBefore.forEach(visit);
  };
  models.forEach(visit);
  return [...all.values()];
}

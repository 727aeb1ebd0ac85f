import type { DomainEventType } from '@/domain/vocabulary';

/** What each kind of change a restore makes does, in a person's words. */
const WORDS: Partial<Record<DomainEventType, string>> = {
  TaskRenamed: 'title set back',
  TaskDescribed: 'description set back',
  TaskMoved: 'put back in its place',
  TaskAssigned: 'assignee set back',
  TaskUnassigned: 'unassigned',
  TaskPrioritized: 'priority set back',
  TaskScheduled: 'due date set back',
  TaskUnscheduled: 'due date removed',
  TaskLabeled: 'labels set back',
  TaskDeleted: 'deleted (it can be restored)',
  TaskRestored: 'restored',
  StatusAdded: 'a status added back',
  StatusRenamed: 'a status renamed back',
  StatusMoved: 'a status put back in its place',
  StatusRemoved: 'a status added since removed',
  StatusCategoryChanged: 'a status given its category back',
};

/** The changes a restore will make, one line per task (or for the workflow), in the order they will be made. */
export function RestoreSteps({ changes }: { changes: readonly { type: string; task: string | null }[] }) {
  const lines = new Map<string, string[]>();
  for (const { type, task } of changes) {
    const subject = task ?? 'Workflow';
    const word = WORDS[type as DomainEventType] ?? type;
    const words = lines.get(subject) ?? [];
    if (!words.includes(word)) words.push(word);
    lines.set(subject, words);
  }
  return (
    <details>
      <summary className="cursor-pointer text-indigo-700">The changes, in order</summary>
      <ul aria-label="Changes the restore will make" className="mt-1 space-y-0.5 text-stone-700">
        {[...lines].map(([subject, words]) => (
          <li key={subject}>
            <span className="font-medium text-stone-900">{subject}</span>: {words.join(', ')}
          </li>
        ))}
      </ul>
    </details>
  );
}

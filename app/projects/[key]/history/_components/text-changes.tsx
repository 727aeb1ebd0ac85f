import type { TaskDiff } from '../../../../_lib/router-types';
import { TextDiff } from '../../../../_components/ui/text-diff';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The words of a task's description and comments as they changed, after the sentences that say what changed. */
export function TextChanges({ task, nameOf }: { task: TaskDiff; nameOf: (personId: string) => string }) {
  const description = task.fields.find((f) => f.field === 'description');
  return (
    <>
      {description && (
        <li className="list-none">
          <TextDiff
            before={text(description.before)}
            after={text(description.after)}
            label={`Changes to the description of ${task.ref}`}
          />
        </li>
      )}
      {task.comments.map((comment) => (
        <li key={comment.commentId}>
          comment by {nameOf(comment.authorId)} edited
          <TextDiff
            before={comment.before}
            after={comment.after}
            label={`Changes to a comment by ${nameOf(comment.authorId)} on ${task.ref}`}
          />
        </li>
      ))}
    </>
  );
}

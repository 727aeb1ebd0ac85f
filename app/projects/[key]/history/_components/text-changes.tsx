import type { FieldChange, TaskDiff } from '../../../../_lib/router-types';
import { TextDiff } from '../../../../_components/ui/text-diff';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The words of a task's description as they changed, below the sentence that says it changed. */
export function DescriptionDiff({ task, field }: { task: TaskDiff; field: FieldChange }) {
  if (field.field !== 'description') return null;
  return (
    <TextDiff
      before={text(field.before)}
      after={text(field.after)}
      label={`Changes to the description of ${task.ref}`}
    />
  );
}

/** The comments of a task whose words changed, each with its diff. */
export function CommentEdits({ task, nameOf }: { task: TaskDiff; nameOf: (personId: string) => string }) {
  return task.comments.map((comment) => (
    <li key={comment.commentId}>
      comment by {nameOf(comment.authorId)} edited
      <TextDiff
        before={comment.before}
        after={comment.after}
        label={`Changes to a comment by ${nameOf(comment.authorId)} on ${task.ref}`}
      />
    </li>
  ));
}

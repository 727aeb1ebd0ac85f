/**
 * The board's cards as the keyboard walks them: the links of the cards on screen, in the document's order, which is
 * reading order (column by column, top to bottom). The card carried under the pointer has no link, so it is not one.
 * Only cards a person can see count: a part of the page React had to render again in the browser can leave its
 * streamed copy in the document, hidden.
 */
const CARD_LINKS = 'article[data-task-id] a[href]';

export const cardLinks = () =>
  Array.from(document.querySelectorAll<HTMLAnchorElement>(CARD_LINKS)).filter((link) => link.checkVisibility());

/** The task whose card holds the focus (its link or its drag handle), if any. */
export function focusedTaskId(): string | null {
  const active = document.activeElement;
  return active instanceof HTMLElement
    ? (active.closest<HTMLElement>('article[data-task-id]')?.dataset.taskId ?? null)
    : null;
}

export function focusCard(taskId: string): boolean {
  const link = cardLinks().find((candidate) => candidate.closest('article')?.dataset.taskId === taskId);
  link?.focus();
  return link !== undefined;
}

/** Where typing belongs to a field: no shortcut there. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'submit'].includes(target.type)
  );
}

export const isInDialog = (target: EventTarget | null) =>
  target instanceof Element && target.closest('dialog, [role="dialog"], [role="alertdialog"]') !== null;

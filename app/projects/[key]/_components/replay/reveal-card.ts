/**
 * Brings the card a replay step changed into view: sideways within the board's own scroller always, and up or down
 * only while the replay panel is already pinned to the top of the window (wide screens, page scrolled). Scrolling
 * otherwise would move the panel itself, and the slider with it, from under the pointer or finger using it.
 */
export function revealCard(taskId: string, panel: HTMLElement | null) {
  const card = document.querySelector(`[data-task-id="${taskId}"]`);
  const scroller = card?.closest('[data-board-scroller]');
  if (!card || !scroller) return;
  const margin = 16;
  const view = scroller.getBoundingClientRect();
  const box = card.getBoundingClientRect();
  if (box.left < view.left) scroller.scrollBy({ left: box.left - view.left - margin });
  else if (box.right > view.right) scroller.scrollBy({ left: box.right - view.right + margin });

  const pinned =
    panel !== null && getComputedStyle(panel).position === 'sticky' && panel.getBoundingClientRect().top <= 1;
  if (!pinned) return;
  const top = panel.getBoundingClientRect().bottom + margin;
  const bottom = window.innerHeight - margin;
  if (box.top < top) window.scrollBy({ top: box.top - top });
  else if (box.bottom > bottom) window.scrollBy({ top: Math.min(box.bottom - bottom, box.top - top) });
}

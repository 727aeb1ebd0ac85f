/**
 * Brings the card a replay step changed into view: sideways within the board's own scroller, and up or down within
 * the window, on a wide screen as on a phone. Where the panel sticks to the top of the window (wide screens) the card
 * is brought below where the panel will stand once pinned, so the panel never covers it; on a phone the panel
 * scrolls away with the page like the rest of it, and comes back when scrolled to.
 */
export function revealCard(taskId: string, panel: HTMLElement | null) {
  const card = document.querySelector(`[data-task-id="${taskId}"]`);
  const scroller = card?.closest('[data-board-scroller]');
  if (!card || !scroller) return;
  const margin = 16;
  const view = scroller.getBoundingClientRect();
  let box = card.getBoundingClientRect();
  if (box.left < view.left) scroller.scrollBy({ left: box.left - view.left - margin });
  else if (box.right > view.right) scroller.scrollBy({ left: box.right - view.right + margin });
  box = card.getBoundingClientRect();

  const sticky = panel !== null && getComputedStyle(panel).position === 'sticky';
  // Covered: above the panel's bottom where it sticks now; below the fold: past the window's bottom.
  const coveredTo = (sticky ? Math.max(0, panel.getBoundingClientRect().bottom) : 0) + margin;
  const pinnedBottom = (sticky ? panel.offsetHeight : 0) + margin;
  const bottom = window.innerHeight - margin;
  if (box.top < coveredTo) window.scrollBy({ top: box.top - coveredTo });
  else if (box.bottom > bottom) window.scrollBy({ top: Math.min(box.bottom - bottom, box.top - pinnedBottom) });
}

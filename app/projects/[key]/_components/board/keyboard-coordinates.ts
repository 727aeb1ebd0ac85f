import type { KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/**
 * Arrow keys for a carried card. Left and right go to the neighbouring column, level with where the card is (or as
 * low as that column reaches); up and down move within the column as in any sortable list. The sortable default
 * alone picks "the nearest drop target to the right", which for cards of one column can be a card of that column.
 */
export function boardKeyboardCoordinates(columnIds: readonly string[]): KeyboardCoordinateGetter {
  return (event, args) => {
    const { collisionRect, droppableRects } = args.context;
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || !collisionRect) return sortableKeyboardCoordinates(event, args);
    event.preventDefault();

    const columns = columnIds.flatMap((id) => droppableRects.get(id) ?? []).sort((a, b) => a.left - b.left);
    const centre = collisionRect.left + collisionRect.width / 2;
    const index = columns.findIndex((rect) => centre >= rect.left && centre <= rect.right);
    const current = columns[index];
    const next = columns[index + step];
    if (index === -1 || !current || !next) return undefined;

    const top = Math.max(next.top, Math.min(collisionRect.top, next.bottom - collisionRect.height));
    return {
      x: args.currentCoordinates.x + (next.left - current.left),
      y: args.currentCoordinates.y + (top - collisionRect.top),
    };
  };
}

'use client';

import {
  closestCenter,
  getFirstCollision,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useCallback, useEffect, useRef } from 'react';
import { isColumn, type Layout } from './board-layout';

/**
 * What a carried card is over. Over a column, it aims at the column's nearest card, so a card dropped into a full
 * column goes between cards rather than always to its end. Right after the card changed column the cards shift under
 * it for a frame; keeping the last target meanwhile avoids a flicker between the two columns.
 */
export function useColumnCollisions(layout: Layout, activeId: string | null) {
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const justChangedColumn = useRef(false);

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      justChangedColumn.current = false;
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [layout]);

  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const pointer = pointerWithin(args);
      const hits = pointer.length > 0 ? pointer : rectIntersection(args);
      let overId = getFirstCollision(hits, 'id');
      if (overId !== null) {
        const cards = isColumn(layout, String(overId)) ? layout[String(overId)] : undefined;
        if (cards && cards.length > 0) {
          const nearest = closestCenter({
            ...args,
            droppableContainers: args.droppableContainers.filter(
              (c) => c.id !== overId && cards.includes(String(c.id)),
            ),
          });
          overId = nearest[0]?.id ?? overId;
        }
        lastOverId.current = overId;
        return [{ id: overId }];
      }
      if (justChangedColumn.current) lastOverId.current = activeId;
      return lastOverId.current === null ? [] : [{ id: lastOverId.current }];
    },
    [layout, activeId],
  );

  const markColumnChange = useCallback(() => {
    justChangedColumn.current = true;
  }, []);

  return { collisionDetection, markColumnChange };
}

'use client';

import { createContext, useContext } from 'react';
import type { LabelColour } from '@/domain/vocabulary';

export interface ListedLabel {
  readonly id: string;
  readonly name: string;
  readonly colour: LabelColour;
}

const LabelsThenContext = createContext<readonly ListedLabel[] | null>(null);

/**
 * The label list of the point a past view shows: its cards and fields take their colours from it, not from today's
 * list (a label recoloured or deleted since shows as it was). Live views give null and read the current list.
 */
export function LabelsThen({ labels, children }: { labels: readonly ListedLabel[] | null; children: React.ReactNode }) {
  return <LabelsThenContext value={labels}>{children}</LabelsThenContext>;
}

export const useLabelsThen = () => useContext(LabelsThenContext);

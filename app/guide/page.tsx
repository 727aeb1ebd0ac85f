import type { Metadata } from 'next';
import { MarkdownPage } from './_components/markdown-page';

export const metadata: Metadata = { title: 'Guide' };

/** The README, as the app's guide: what "How this works" links to, so a newcomer never leaves the app to read it. */
export default function GuidePage() {
  return <MarkdownPage file="README.md" />;
}

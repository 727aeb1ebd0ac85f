import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DOCS, MarkdownPage, type Doc } from '../_components/markdown-page';

interface DocPageProps {
  params: Promise<{ doc: string }>;
}

export const dynamicParams = false;
export const generateStaticParams = () => DOCS.map((doc) => ({ doc }));

const isDoc = (name: string): name is Doc => (DOCS as readonly string[]).includes(name);

export async function generateMetadata({ params }: DocPageProps): Promise<Metadata> {
  const { doc } = await params;
  return { title: isDoc(doc) ? `Guide: ${doc}` : 'Guide' };
}

/** A page of docs/, linked from the README. */
export default async function DocPage({ params }: DocPageProps) {
  const { doc } = await params;
  if (!isDoc(doc)) notFound();
  return <MarkdownPage file={`docs/${doc}.md`} />;
}

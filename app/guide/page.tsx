import type { Metadata } from 'next';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Markdown, { type Components } from 'react-markdown';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';

export const metadata: Metadata = { title: 'Guide' };

/**
 * The README, as the app's guide: what "How this works" links to, so a newcomer never leaves the app to read it.
 * Headings get the ids GitHub gives them (rehype-slug), so one anchor works in both places. The README is the
 * project's own text, and react-markdown renders no raw HTML anyway.
 */
export default async function GuidePage() {
  const readme = await readFile(join(/* turbopackIgnore: true */ process.cwd(), 'README.md'), 'utf8');
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSlug]} components={components}>
        {readme}
      </Markdown>
    </main>
  );
}

const components: Components = {
  h1: ({ node: _node, ...props }) => <h1 className="mb-4 text-2xl font-semibold tracking-tight" {...props} />,
  h2: ({ node: _node, ...props }) => (
    <h2 className="mt-10 mb-3 scroll-mt-4 border-b border-stone-200 pb-1 text-xl font-semibold" {...props} />
  ),
  h3: ({ node: _node, ...props }) => <h3 className="mt-6 mb-2 scroll-mt-4 text-lg font-semibold" {...props} />,
  h4: ({ node: _node, ...props }) => <h4 className="mt-4 mb-2 scroll-mt-4 font-semibold" {...props} />,
  p: ({ node: _node, ...props }) => <p className="my-3 leading-relaxed text-stone-800" {...props} />,
  ul: ({ node: _node, ...props }) => <ul className="my-3 list-disc space-y-1 pl-6 text-stone-800" {...props} />,
  ol: ({ node: _node, ...props }) => <ol className="my-3 list-decimal space-y-1 pl-6 text-stone-800" {...props} />,
  a: ({ node: _node, ...props }) => <a className="text-indigo-700 underline-offset-2 hover:underline" {...props} />,
  pre: ({ node: _node, ...props }) => (
    <pre
      className="my-3 overflow-x-auto rounded-md bg-stone-900 p-3 text-xs leading-relaxed text-stone-100"
      {...props}
    />
  ),
  code: ({ node: _node, ...props }) => <code className="font-mono text-[0.9em]" {...props} />,
  table: ({ node: _node, ...props }) => (
    <div className="my-3 overflow-x-auto">
      <table className="w-full text-left text-sm" {...props} />
    </div>
  ),
  th: ({ node: _node, ...props }) => <th className="border-b border-stone-300 px-2 py-1 font-medium" {...props} />,
  td: ({ node: _node, ...props }) => <td className="border-b border-stone-100 px-2 py-1 align-top" {...props} />,
};

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Markdown, { type Components } from 'react-markdown';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';

/** The guide's pages: the README and the files of docs/ it links to, by their names (no path from a request). */
export const DOCS = ['performance', 'reliability', 'security'] as const;
export type Doc = (typeof DOCS)[number];

/**
 * One of the project's Markdown files as a page of the guide. Headings get the ids GitHub gives them (rehype-slug), so
 * one anchor works in both places, and links between the files lead to their guide pages. The files are the project's
 * own text, and react-markdown renders no raw HTML anyway.
 */
export async function MarkdownPage({ file }: { file: string }) {
  const text = await readFile(join(/* turbopackIgnore: true */ process.cwd(), file), 'utf8');
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <Markdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeSlug]} components={components} urlTransform={inGuide}>
        {text}
      </Markdown>
    </main>
  );
}

const inDocs = /^(?:\.\/)?docs\/([a-z]+)\.md(#.*)?$/;
const toReadme = /^\.\.\/README\.md(#.*)?$/;
const besideDoc = /^(?:\.\/)?([a-z]+)\.md(#.*)?$/;

/** A link between the Markdown files, as the address of its guide page; any other address as it is. */
export function inGuide(url: string): string {
  const doc = inDocs.exec(url) ?? besideDoc.exec(url);
  if (doc && (DOCS as readonly string[]).includes(doc[1]!)) return `/guide/${doc[1]}${doc[2] ?? ''}`;
  const readme = toReadme.exec(url);
  if (readme) return `/guide${readme[1] ?? ''}`;
  return url;
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

import Markdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import { remarkHtmlAsText } from './html-as-text';
import { rehypeTaskReferences } from './task-references';

/**
 * What people write (descriptions, comments) as Markdown with GitHub's extensions. Every text here is hostile: HTML
 * in it stays text (remarkHtmlAsText), react-markdown's URL filter and then rehype-sanitize (GitHub's
 * allow-list) drop `javascript:`, `data:` and `vbscript:` addresses and every attribute that could run code. Images
 * become links: one loaded from an arbitrary address would tell its owner who read the text and when (and the
 * pages' Content-Security-Policy allows images from this site only).
 */
export function RichText({ text, className = '' }: { text: string; className?: string }) {
  return (
    <div data-rich-text="" className={`text-sm leading-relaxed break-words text-stone-800 ${className}`}>
      <Markdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText]}
        rehypePlugins={[rehypeSanitize, rehypeTaskReferences]}
        components={components}
      >
        {text}
      </Markdown>
    </div>
  );
}

const heading = 'mt-3 mb-1 font-semibold text-stone-900 first:mt-0';
const linkClass = 'text-indigo-700 underline underline-offset-2 hover:text-indigo-900';

/** A Markdown element with the page's styles, keeping the class the Markdown gave it (a code block's language). */
function styled(Tag: keyof React.JSX.IntrinsicElements, classes: string) {
  return function Styled({ node: _node, className, ...props }: { node?: unknown; className?: string }) {
    return <Tag className={className ? `${classes} ${className}` : classes} {...props} />;
  };
}

const components: Components = {
  h1: styled('h3', `${heading} text-base`),
  h2: styled('h4', `${heading} text-base`),
  h3: styled('h5', heading),
  h4: styled('h6', heading),
  h5: styled('h6', heading),
  h6: styled('h6', heading),
  p: styled('p', 'my-2 first:mt-0 last:mb-0'),
  ul: styled('ul', 'my-2 list-disc space-y-0.5 pl-5 [&.contains-task-list]:list-none'),
  ol: styled('ol', 'my-2 list-decimal space-y-0.5 pl-5'),
  blockquote: styled('blockquote', 'my-2 border-l-4 border-stone-200 pl-3 text-stone-600'),
  pre: styled('pre', 'my-2 overflow-x-auto rounded-md bg-stone-900 p-3 text-xs leading-relaxed text-stone-100'),
  code: styled('code', 'rounded bg-stone-100 font-mono text-[0.9em] in-[pre]:bg-transparent'),
  th: styled('th', 'border-b border-stone-300 px-2 py-1 font-medium'),
  td: styled('td', 'border-b border-stone-100 px-2 py-1 align-top'),
  table: ({ node: _node, ...props }) => (
    <div className="my-2 overflow-x-auto">
      <table className="text-left text-sm" {...props} />
    </div>
  ),
  // A link whose address was dropped as unsafe stays its words.
  a: ({ node: _node, href, ...props }) =>
    !href ? (
      <span {...props} />
    ) : href.startsWith('/') ? (
      <a href={href} className={linkClass} {...props} />
    ) : (
      <a href={href} rel="nofollow noopener noreferrer" className={linkClass} {...props} />
    ),
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <a href={src} rel="nofollow noopener noreferrer" className={linkClass}>
        Image: {alt || src}
      </a>
    ) : (
      <span>{alt}</span>
    ),
};

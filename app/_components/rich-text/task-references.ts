/**
 * A rehype plugin that links task references (`WEB-12`) in prose to their task pages. It runs after sanitising, so
 * the links it makes are built from the match alone and never from anything the writer could smuggle in; it leaves
 * code, pre and existing links alone, where a reference is an example or already a link.
 */

interface Text {
  type: 'text';
  value: string;
}
interface Element {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
}
interface Parent {
  type: string;
  children?: Node[];
}
type Node = Text | Element | Parent;

/** A project key (a letter and 1 to 5 letters or digits, as the project rules allow) and a task number. */
const REFERENCE = /(?<![\w-])([A-Z][A-Z0-9]{1,5})-([1-9]\d{0,8})(?![\w-])/g;
const UNLINKED = new Set(['a', 'code', 'pre']);

export const taskReferenceHref = (key: string, number: string) => `/projects/${key}/tasks/${number}`;

function splitText(text: Text): Node[] {
  const parts: Node[] = [];
  let last = 0;
  for (const match of text.value.matchAll(REFERENCE)) {
    const [whole, key, number] = match as unknown as [string, string, string];
    if (match.index > last) parts.push({ type: 'text', value: text.value.slice(last, match.index) });
    parts.push({
      type: 'element',
      tagName: 'a',
      properties: { href: taskReferenceHref(key, number), dataTaskReference: '' },
      children: [{ type: 'text', value: whole }],
    });
    last = match.index + whole.length;
  }
  if (last === 0) return [text];
  if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
  return parts;
}

function link(node: Parent) {
  if (!node.children) return;
  if (node.type === 'element' && UNLINKED.has((node as Element).tagName)) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text') return splitText(child as Text);
    link(child);
    return [child];
  });
}

export function rehypeTaskReferences() {
  return (tree: Parent) => {
    link(tree);
  };
}

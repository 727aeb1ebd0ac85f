/**
 * A remark plugin that keeps HTML written in Markdown as the text it is (`<b>` reads as `<b>`), rather than dropping
 * it: people paste markup into comments to talk about it, and none of it may become an element.
 */

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** Where HTML stands as a block of its own, its text needs a paragraph around it. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function asText(node: Node) {
  node.children = node.children?.map((child) => {
    if (child.type !== 'html') {
      asText(child);
      return child;
    }
    const text = { type: 'text', value: child.value ?? '' };
    return BLOCK_PARENTS.has(node.type) ? { type: 'paragraph', children: [text] } : text;
  });
}

export function remarkHtmlAsText() {
  return asText;
}

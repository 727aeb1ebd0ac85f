import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from './rich-text';

const html = (text: string) => renderToStaticMarkup(createElement(RichText, { text }));

describe('RichText', () => {
  it('renders GitHub Markdown: lists, code, links and tables', () => {
    const out = html(
      '- one\n- **two**\n\n1. first\n\n`inline`\n\n```ts\nconst a = 1;\n```\n\n[docs](https://example.com/a)\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- [x] done',
    );
    expect(out).toContain('<li>one</li>');
    expect(out).toContain('<strong>two</strong>');
    expect(out).toMatch(/<ol[^>]*>\s*<li>first<\/li>/);
    expect(out).toMatch(/<code[^>]*>inline<\/code>/);
    expect(out).toMatch(/<pre[^>]*><code[^>]*>const a = 1;\n<\/code><\/pre>/);
    expect(out).toMatch(/<a href="https:\/\/example.com\/a" rel="nofollow noopener noreferrer"[^>]*>docs<\/a>/);
    expect(out).toMatch(/<table[^>]*><thead><tr><th[^>]*>a<\/th>/);
    expect(out).toMatch(/<input[^>]*type="checkbox"[^>]*disabled=""/);
  });

  it('links task references in prose, not in code or inside links', () => {
    const out = html('See WEB-12 and (API-3).\n\n`WEB-4` and\n\n```\nWEB-5\n```\n\n[about WEB-6](https://x.test)');
    expect(out).toMatch(/<a href="\/projects\/WEB\/tasks\/12"[^>]*>WEB-12<\/a>/);
    expect(out).toMatch(/\(<a href="\/projects\/API\/tasks\/3"[^>]*>API-3<\/a>\)/);
    for (const n of [4, 5, 6]) expect(out).not.toContain(`/projects/WEB/tasks/${n}"`);
    expect(out).toContain('WEB-4');
    expect(out).toContain('WEB-5');
  });

  it('leaves lookalikes alone: lower case, a zero, parts of longer words', () => {
    const out = html('web-12 WEB-0 XWEB-12-3 A-1 TOOLONGKEY-2 WEB-12x');
    expect(out).not.toContain('<a');
  });

  it.each([
    ['raw HTML', '<b onclick="x()">bold</b>'],
    ['a script', '<script>window.__xss=1</script>'],
    ['an image with onerror', '<img src=x onerror="window.__xss=1">'],
    ['an iframe', '<iframe src="https://evil.test"></iframe>'],
    ['an svg with onload', '<svg onload="window.__xss=1"></svg>'],
    ['an element inside a paragraph', 'before <img src=x onerror="window.__xss=1"> after'],
  ])('shows %s as text, creating no element', (_what, text) => {
    const out = html(text);
    expect(out).not.toMatch(/<(b|script|img|iframe|svg)[\s>]/);
    expect(out).not.toMatch(/<[^>]*\son\w+=/);
    expect(out).toContain(
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    );
  });

  it('shows entities as the characters they stand for, still as text', () => {
    expect(html('&lt;script&gt; &#60;b&#62;')).toContain('&lt;script&gt; &lt;b&gt;');
  });

  it.each([
    ['an inline link', '[click](javascript:alert(1))'],
    ['a reference link', '[click][evil]\n\n[evil]: javascript:alert(1)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['an entity-encoded scheme', '[click](&#106;avascript:alert(1))'],
    ['a scheme split by a tab entity', '[click](java&#9;script:alert(1))'],
    ['an upper-case scheme', '[click](JAVASCRIPT:alert(1))'],
    ['a data address', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a vbscript address', '[click](vbscript:msgbox(1))'],
  ])('drops the address of %s', (_what, text) => {
    const out = html(text);
    expect(out).not.toContain('href=');
    expect(out).toContain('<span');
  });

  it('makes images links, so nothing loads from another site', () => {
    const out = html('![a cat](https://tracker.test/pixel.png) ![x](javascript:alert(1))');
    expect(out).not.toContain('<img');
    expect(out).toMatch(/<a href="https:\/\/tracker.test\/pixel.png"[^>]*>Image: a cat<\/a>/);
    expect(out).not.toContain('javascript:');
  });
});

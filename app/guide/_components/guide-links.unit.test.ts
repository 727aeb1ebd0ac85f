import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import { terms } from '../../_components/how-this-works';
import { DOCS, inGuide } from './markdown-page';

const linksIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

describe('the guide serves the README and every file of docs/', () => {
  it('has a page for each file in docs/', () => {
    const files = readdirSync('docs').filter((name) => name.endsWith('.md'));
    expect(files.map((name) => name.replace(/\.md$/, '')).sort()).toEqual([...DOCS].sort());
  });

  it('turns every link between them into a guide address', () => {
    const links = [linksIn('README.md'), ...DOCS.map((doc) => linksIn(`docs/${doc}.md`))].flat();
    const between = links.filter((link) => /\.md(#|$)/.test(link));
    expect(between.length).toBeGreaterThan(3);
    for (const link of between) expect(inGuide(link), link).toMatch(/^\/guide(\/[a-z]+)?(#[\w-]+)?$/);
  });

  it('leaves other addresses as they are', () => {
    expect(inGuide('https://better-auth.com')).toBe('https://better-auth.com');
    expect(inGuide('docs/../../etc/passwd.md')).toBe('docs/../../etc/passwd.md');
    expect(inGuide('docs/unknown.md')).toBe('docs/unknown.md');
  });
});

describe('"How this works" links to sections the guide has', () => {
  it('names only anchors of the README’s headings', () => {
    const slugs = new GithubSlugger();
    const anchors = new Set(
      readFileSync('README.md', 'utf8')
        .split('\n')
        .filter((line) => /^#{1,4} /.test(line))
        .map((line) => slugs.slug(line.replace(/^#+ /, ''))),
    );
    for (const { term, section } of terms) expect(anchors, term).toContain(section);
  });
});

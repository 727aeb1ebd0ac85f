/** Demo accounts (README lists them): they all share one password, so a newcomer can try each role. */
export const DEMO_PASSWORD = 'chronicle-demo';
export const DEMO_PEOPLE = [
  { name: 'Ana Lima', email: 'ana@chronicle.test' },
  { name: 'Ben Carter', email: 'ben@chronicle.test' },
  { name: 'Chloé Martin', email: 'chloe@chronicle.test' },
  { name: 'Dev Patel', email: 'dev@chronicle.test' },
] as const;
/** Has an account but belongs to no project: what a stranger sees. */
export const DEMO_STRANGER = { name: 'Eve Stone', email: 'eve@chronicle.test' } as const;
/** Invited to the demo project and not yet joined: no account has this address until someone signs up with it. */
export const DEMO_INVITEE = { email: 'frank@chronicle.test', role: 'viewer' } as const;
/** Where the demo's first invitation went by mistake, before it was withdrawn. */
export const DEMO_MISTYPED_ADDRESS = 'ben@chronicle.tset';

export const DEMO_LABELS = ['frontend', 'backend', 'design', 'bug', 'docs', 'performance'] as const;

export const DEMO_TASKS: readonly { title: string; description: string }[] = [
  { title: 'Set up the marketing site repository', description: 'Next.js, lint, CI. Keep it boring.' },
  { title: 'Design the landing page hero', description: 'Three options, then pick one with the team.' },
  { title: 'Write the pricing page copy', description: 'Free, Team and Business tiers.' },
  { title: 'Fix layout shift on mobile header', description: 'The logo loads late and pushes the menu down.' },
  { title: 'Add a sitemap and robots.txt', description: '' },
  { title: 'Cookie banner that respects Do Not Track', description: 'No banner at all when DNT is on.' },
  { title: 'Blog: migrate posts from the old CMS', description: 'About 40 posts; keep the old URLs working.' },
  { title: 'Image pipeline with responsive sizes', description: 'AVIF with WebP fallback.' },
  { title: 'Contact form spam protection', description: 'Honeypot first, captcha only if needed.' },
  { title: 'Accessibility audit of the navigation', description: 'Keyboard order, focus rings, skip link.' },
  { title: 'Dark mode colour tokens', description: '' },
  { title: 'Changelog page generated from releases', description: 'One entry per release, newest first.' },
  { title: 'Speed up the docs search', description: 'The index is rebuilt on every request.' },
  { title: 'Customer logos section', description: 'Need written permission from each customer.' },
  { title: 'Localise the landing page (FR, DE)', description: '' },
  { title: 'Broken links in the footer', description: 'Careers and Press point to 404s.' },
  { title: 'Newsletter sign-up with double opt-in', description: '' },
  { title: 'Open Graph images for every page', description: 'Generated at build time.' },
  { title: 'Status page link in the header', description: '' },
  { title: 'Uptime monitoring for the site', description: 'Alert the on-call channel after two failures.' },
  { title: 'Case study: how Acme ships weekly', description: 'Interview done; needs writing up.' },
  { title: 'Reduce JavaScript on the landing page', description: 'Target: under 80 kB gzipped.' },
  { title: 'Security headers (CSP, HSTS)', description: '' },
  { title: 'Analytics without third-party cookies', description: 'Self-hosted, aggregate only.' },
  { title: 'Fix typo in the terms of service', description: '“recieve” → “receive”.' },
  { title: 'Video walkthrough on the product page', description: 'Two minutes, captions included.' },
  { title: 'Jobs page with open roles', description: '' },
  { title: 'Print stylesheet for the docs', description: '' },
];

export const DEMO_COMMENTS = [
  'I can pick this up after lunch.',
  'Pushed a first version, feedback welcome.',
  'Blocked on the copy from marketing.',
  'Looks good to me, merging.',
  'Can we keep this smaller? The first step would already help.',
  'Found the cause: the font was not preloaded.',
  'Moved the deadline, the customer asked for another week.',
  'Tested on Safari and Firefox, all fine.',
  'This needs a decision from design first.',
  'Done on staging, waiting for a review.',
] as const;

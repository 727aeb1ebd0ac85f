import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from './content-security-policy';

const directive = (policy: string, name: string) =>
  policy
    .split('; ')
    .find((entry) => entry.startsWith(`${name} `))
    ?.split(' ')
    .slice(1);

describe('the pages’ Content-Security-Policy', () => {
  it('carries a fresh nonce each time, in the form Next.js reads and puts on its scripts', () => {
    const nonces = Array.from({ length: 100 }, createNonce);
    expect(new Set(nonces).size).toBe(100);
    for (const nonce of nonces) {
      expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
      expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce))).toBe(nonce);
    }
  });

  it('runs no inline script, and eval only under next dev', () => {
    const production = contentSecurityPolicy('abc');
    expect(directive(production, 'script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(directive(contentSecurityPolicy('abc', { dev: true }), 'script-src')).toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy('abc', { dev: true }), 'script-src')).not.toContain("'unsafe-inline'");
  });

  it('takes style elements only from this site or with the nonce, but any under next dev', () => {
    expect(directive(contentSecurityPolicy('abc'), 'style-src-elem')).toEqual(["'self'", "'nonce-abc'"]);
    expect(directive(contentSecurityPolicy('abc', { dev: true }), 'style-src-elem')).toContain("'unsafe-inline'");
  });
});

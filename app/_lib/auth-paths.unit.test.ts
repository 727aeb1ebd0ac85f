import { describe, expect, it } from 'vitest';
import { isInvitationPath, safeNext, signInHref, signUpHref } from './auth-paths';

describe('where to go after signing in', () => {
  it.each([
    '/projects/WEB',
    '/projects/WEB/tasks/3?at=120#comments',
    '/projects/WEB/../WEB/history',
    '/invitations/0b0c8a32-3a8e-4c0e-9a59-2b9a3b0c1d2e.q3Jx2uJpC0f9m7W8zH6yL5kT4sR3eQ2wN1bV0cX9dA8',
    '/%2F%2Fevil.example',
  ])('keeps a path of this site: %s', (next) => {
    expect(new URL(safeNext(next), 'http://chronicle.test').origin).toBe('http://chronicle.test');
    expect(safeNext(next)).not.toBe('/');
  });

  it.each([
    '//evil.example',
    '///evil.example',
    '/.//evil.example',
    '/././/evil.example',
    '/..//evil.example',
    '/a/..//evil.example',
    '/%2e//evil.example',
    '/%2E%2E//evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    '/.\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'https://evil.example',
    'http:/evil.example',
    'javascript:alert(1)',
    'evil.example',
    '',
    '/sign-in',
    '/sign-up?next=/projects',
  ])('goes home instead of to %j', (next) => {
    expect(safeNext(next)).toBe('/');
  });

  it('refuses what is not a string', () => {
    expect(safeNext(['/projects', '//evil.example'])).toBe('/');
    expect(safeNext(undefined)).toBe('/');
  });

  it('knows an invitation link, so sign-in and sign-up can say what it is for', () => {
    expect(isInvitationPath('/invitations/abc.def')).toBe(true);
    expect(isInvitationPath('/invitations/')).toBe(false);
    expect(isInvitationPath('/projects/WEB')).toBe(false);
    expect(signUpHref('/invitations/abc.def')).toBe('/sign-up?next=%2Finvitations%2Fabc.def');
  });

  it('puts only a safe target into the sign-in address', () => {
    expect(signInHref('/.//evil.example')).toBe('/sign-in');
    expect(signInHref('/projects/WEB')).toBe('/sign-in?next=%2Fprojects%2FWEB');
  });
});

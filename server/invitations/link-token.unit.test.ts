import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { INVITATION_TOKEN, invitationLinks } from './link-token';

const links = invitationLinks('the app secret');
const id = randomUUID();

describe('invitation link tokens', () => {
  it('name their invitation, and only a token this app made is taken', () => {
    const token = links.tokenOf(id);
    expect(token).toMatch(INVITATION_TOKEN);
    expect(token.startsWith(`${id}.`)).toBe(true);
    expect(links.invitationOf(token)).toBe(id);
    expect(links.pathOf(id)).toBe(`/invitations/${token}`);
  });

  it('are the same each time, so a pending invitation can be shown again', () => {
    expect(invitationLinks('the app secret').tokenOf(id)).toBe(links.tokenOf(id));
  });

  it('refuse a bare id, another id under the same MAC, an altered MAC, and a token made with another secret', () => {
    const token = links.tokenOf(id);
    const mac = token.slice(id.length + 1);
    expect(links.invitationOf(id)).toBeUndefined();
    expect(links.invitationOf(`${randomUUID()}.${mac}`)).toBeUndefined();
    for (let i = 0; i < mac.length; i++) {
      const altered = mac.slice(0, i) + (mac[i] === 'A' ? 'B' : 'A') + mac.slice(i + 1);
      expect(links.invitationOf(`${id}.${altered}`), `character ${i} altered`).toBeUndefined();
    }
    expect(links.invitationOf(invitationLinks('another secret').tokenOf(id))).toBeUndefined();
  });

  it('refuse anything not shaped like a token, without throwing', () => {
    const token = links.tokenOf(id);
    for (const bad of ['', '.', token.toUpperCase(), `${token}x`, token.slice(0, -1), ` ${token}`, `${token}\n`]) {
      expect(links.invitationOf(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

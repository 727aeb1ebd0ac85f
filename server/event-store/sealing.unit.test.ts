import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '@/domain';
import { isSealedRow, openedData, sealedData, sealersOf } from './sealed-events';
import { newPersonKey, open, seal } from './sealing';
import { deserialize, toStored } from './serialization';
import type { EventMetadata } from './types';

const author = randomUUID();
const key = newPersonKey();
const keys = new Map([[author, key]]);
const commentId = randomUUID();
const metadata: EventMetadata = { actorId: author, commandId: randomUUID(), correlationId: '', causationId: '' };
const added: DomainEvent = { type: 'CommentAdded', data: { commentId, authorId: author, body: 'Ship it on Friday' } };

/** A row as the log would hold it after an append of `event` (or as an older version wrote it). */
function rowOf(event: DomainEvent, data: unknown = sealedData(event, metadata, keys), schemaVersion = 2) {
  return {
    position: 7,
    streamId: 'task-1',
    streamVersion: 3,
    projectId: randomUUID(),
    type: event.type,
    schemaVersion,
    data,
    metadata,
    recordedAt: new Date('2026-12-04T00:00:00Z'),
  };
}

describe('sealing a text with its writer key', () => {
  it('opens with the same key and context only, and not at all once the key is gone', () => {
    const box = seal(author, key, 'hello', 'CommentAdded:1');
    expect(box.box).not.toContain('hello');
    expect(open(box, keys, 'CommentAdded:1')).toBe('hello');
    expect(() => open(box, keys, 'CommentAdded:2')).toThrow();
    expect(() => open(box, new Map([[author, newPersonKey()]]), 'CommentAdded:1')).toThrow();
    expect(open(box, new Map([[author, null]]), 'CommentAdded:1')).toBeNull();
    expect(() => open(box, new Map(), 'CommentAdded:1')).toThrow(/not loaded/);
  });

  it('refuses a box whose bytes were changed', () => {
    const box = seal(author, key, 'hello', 'c');
    const bytes = Buffer.from(box.box, 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    expect(() => open({ ...box, box: bytes.toString('base64url') }, keys, 'c')).toThrow();
  });

  it('gives each sealing its own iv, so equal texts do not look equal in the log', () => {
    expect(seal(author, key, 'same', 'c').box).not.toBe(seal(author, key, 'same', 'c').box);
  });
});

describe('the store boundary', () => {
  it('stores comments at version 2 without their body, and reads them back as the deciders wrote them', () => {
    expect(toStored(added)).toMatchObject({ type: 'CommentAdded', schemaVersion: 2 });
    const row = rowOf(added);
    expect(row.data).not.toHaveProperty('body');
    expect(JSON.stringify(row.data)).not.toContain('Friday');
    expect(isSealedRow(row)).toBe(true);
    expect(sealersOf([row])).toEqual(new Set([author]));
    expect(deserialize(row, keys)).toMatchObject({ type: 'CommentAdded', data: added.data, schemaVersion: 2 });
  });

  it('seals an edit with its writer key, and a forgotten writer reads as an empty body', () => {
    const edited: DomainEvent = { type: 'CommentEdited', data: { commentId, body: 'Ship it on Monday' } };
    const row = rowOf(edited);
    expect(deserialize(row, keys).data).toEqual(edited.data);
    expect(deserialize(row, new Map([[author, null]])).data).toEqual({ commentId, body: '' });
  });

  it('still reads a comment stored plain at version 1, with no key at all', () => {
    const row = rowOf(added, added.data, 1);
    expect(isSealedRow(row)).toBe(false);
    expect(sealersOf([row]).size).toBe(0);
    expect(deserialize(row)).toMatchObject({ type: 'CommentAdded', data: added.data });
  });

  it('refuses to read a sealed row whose keys were not loaded, or whose shape is wrong, naming its position', () => {
    expect(() => deserialize(rowOf(added))).toThrow(/position 7 .*not loaded/);
    expect(() => openedData(rowOf(added, { commentId, authorId: author, body: 'plain' }), keys)).toThrow(/position 7/);
  });

  it('does not let a body be moved to another comment', () => {
    const row = rowOf(added);
    const moved = { ...row, data: { ...(row.data as object), commentId: randomUUID() } };
    expect(() => deserialize(moved, keys)).toThrow(/position 7/);
  });

  it('refuses to seal for a writer with no key (forgotten)', () => {
    expect(() => sealedData(added, metadata, new Map([[author, null]]))).toThrow(/forgotten/);
  });
});

import { useCallback, useState } from 'react';

/**
 * A fresh id for each command. crypto.randomUUID exists only in secure contexts (https, localhost), so a phone
 * reaching a dev server by its LAN address gets the same version-4 UUID built from getRandomValues.
 */
export function newCommandId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of the action a form is about to send. Sending the same draft again (after a lost answer, say) reuses it,
 * so the server carries the action out at most once; `renew` starts a new action once it succeeded or the draft
 * changed.
 */
export function useCommandId(): [string, () => void] {
  const [id, setId] = useState(newCommandId);
  return [
    id,
    useCallback(() => {
      setId(newCommandId());
    }, []),
  ];
}

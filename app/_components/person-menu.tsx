'use client';

import { useState } from 'react';
import { BROWSING_COOKIE } from '../_lib/browsing-cookie';
import { useMe } from '../_lib/use-people';
import { Avatar } from './ui/avatar';
import { buttonStyles } from './ui/styles';
import { WhoAreYouDialog } from './who-are-you-dialog';

/**
 * Until accounts exist the browser says who it is: a first visit is asked at once (unless this session already
 * declined), and anyone can switch later.
 */
export function PersonMenu({ declined }: { declined: boolean }) {
  const me = useMe();
  const [choice, setChoice] = useState<'asked' | 'open' | 'closed'>(declined ? 'closed' : 'asked');
  const open = choice === 'open' || (choice === 'asked' && me === null);
  const close = () => {
    if (!me) document.cookie = `${BROWSING_COOKIE}=1; Path=/; SameSite=Lax`;
    setChoice('closed');
  };

  return (
    <div className="flex items-center gap-2">
      {me ? (
        <>
          <span aria-hidden="true">
            <Avatar name={me.name} />
          </span>
          <span className="max-w-[9rem] truncate text-sm font-medium">{me.name}</span>
          <button
            type="button"
            onClick={() => {
              setChoice('open');
            }}
            className={buttonStyles.ghost}
            aria-label={`Switch person (you are ${me.name})`}
          >
            Switch
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={() => {
            setChoice('open');
          }}
          className={buttonStyles.secondary}
        >
          Choose who you are
        </button>
      )}
      <WhoAreYouDialog open={open} me={me} onClose={close} />
    </div>
  );
}

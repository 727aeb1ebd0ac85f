import Link from 'next/link';
import type { Me } from '../_lib/router-types';
import { SearchBox } from './search/search-box';
import { Avatar } from './ui/avatar';
import { InboxLink } from './inbox-link';
import { SignOutButton } from './sign-out-button';

export function SiteHeader({ me }: { me: Me | null }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="flex h-14 items-center justify-between gap-4 px-4 sm:px-6">
        <div className="flex items-center gap-4">
          <Link href="/" className="-mx-2 rounded-md px-2 py-1 text-base font-semibold tracking-tight text-stone-900">
            Chronicle
          </Link>
          <Link href="/guide" className="rounded-md px-2 py-1 text-sm text-stone-600 hover:text-stone-900">
            How it is built
          </Link>
        </div>
        {me && <SearchBox />}
        {me && (
          <div className="flex min-w-0 items-center gap-2">
            <InboxLink />
            <span aria-hidden="true">
              <Avatar name={me.name} />
            </span>
            <span className="min-w-0 truncate text-sm font-medium" title={me.email}>
              <span className="sr-only">Signed in as </span>
              {me.name}
            </span>
            <Link href="/settings" className="rounded-md px-2 py-1 text-sm text-stone-600 hover:text-stone-900">
              Settings
            </Link>
            <SignOutButton />
          </div>
        )}
      </div>
    </header>
  );
}

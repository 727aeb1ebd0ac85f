import { cookies } from 'next/headers';
import Link from 'next/link';
import { BROWSING_COOKIE } from '../_lib/browsing-cookie';
import { PersonMenu } from './person-menu';

export async function SiteHeader() {
  const declined = (await cookies()).has(BROWSING_COOKIE);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="flex h-14 items-center justify-between gap-4 px-4 sm:px-6">
        <Link href="/" className="-mx-2 rounded-md px-2 py-1 text-base font-semibold tracking-tight text-stone-900">
          Chronicle
        </Link>
        <PersonMenu declined={declined} />
      </div>
    </header>
  );
}

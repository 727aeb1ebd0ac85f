import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getQueryClient, HydrateClient, trpc } from '../_trpc/server';
import { InboxList } from './_components/inbox-list';

export const metadata: Metadata = { title: 'Inbox' };

export default async function InboxPage() {
  await connection();
  await getQueryClient().query(trpc.inbox.list.queryOptions());
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <HydrateClient>
        <InboxList />
      </HydrateClient>
    </main>
  );
}

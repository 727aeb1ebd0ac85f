import type { Metadata } from 'next';
import { connection } from 'next/server';
import { api } from '../_trpc/server';
import { DeleteAccount } from './_components/delete-account';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  await connection();
  const me = await (await api()).account.me();
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      {me && (
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-stone-500">Name</dt>
          <dd>{me.name}</dd>
          <dt className="text-stone-500">E-mail</dt>
          <dd>{me.email}</dd>
        </dl>
      )}
      <DeleteAccount />
    </main>
  );
}

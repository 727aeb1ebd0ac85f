import type { Metadata } from 'next';
import { connection } from 'next/server';
import { TRPCReactProvider } from './_trpc/client';
import { getQueryClient, HydrateClient, trpc } from './_trpc/server';
import { SiteHeader } from './_components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Chronicle', template: '%s · Chronicle' },
  description: 'An event-sourced project tracker',
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  const queryClient = getQueryClient();
  // Every page shows who is working and names people, so both are in the first HTML instead of loading after it.
  await Promise.all([
    queryClient.query(trpc.people.me.queryOptions()),
    queryClient.query(trpc.people.list.queryOptions()),
  ]);
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <TRPCReactProvider>
          <HydrateClient>
            <SiteHeader />
            {children}
          </HydrateClient>
        </TRPCReactProvider>
      </body>
    </html>
  );
}

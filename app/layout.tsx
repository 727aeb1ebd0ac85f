import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { TRPCReactProvider } from './_trpc/client';
import { getQueryClient, HydrateClient, trpc } from './_trpc/server';
import { PATH_HEADER, signInHref } from './_lib/auth-paths';
import { SiteHeader } from './_components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Chronicle', template: '%s · Chronicle' },
  description: 'An event-sourced project tracker',
  // A static file in public/ at the address the proxy lets through without a session.
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  // Who is signed in is in the first HTML: the header names them and views offer what their role allows.
  const me = await getQueryClient().query(trpc.account.me.queryOptions());
  // The proxy let this page through on a cookie; if its session has ended, the visitor signs in again.
  const protectedPath = (await headers()).get(PATH_HEADER);
  if (!me && protectedPath) redirect(signInHref(protectedPath));
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <TRPCReactProvider>
          <HydrateClient>
            <SiteHeader me={me} />
            {children}
          </HydrateClient>
        </TRPCReactProvider>
      </body>
    </html>
  );
}

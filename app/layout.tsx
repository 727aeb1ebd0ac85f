import type { Metadata } from 'next';
import { TRPCReactProvider } from './_trpc/client';
import './globals.css';

export const metadata: Metadata = { title: 'Chronicle', description: 'An event-sourced project tracker' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased">
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}

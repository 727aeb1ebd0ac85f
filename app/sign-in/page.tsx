import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { api } from '../_trpc/server';
import { isInvitationPath, safeNext, signUpHref } from '../_lib/auth-paths';
import { linkStyles } from '../_components/ui/styles';
import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  await connection();
  const next = safeNext((await searchParams).next);
  if (await (await api()).account.me()) redirect(next);
  return (
    <main className="mx-auto max-w-md px-4 py-10 sm:py-16">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to Chronicle</h1>
      {isInvitationPath(next) && (
        <p className="mt-2 text-sm text-stone-600">
          To answer your invitation, sign in with the e-mail address it was sent to, or create an account with it.
        </p>
      )}
      <SignInForm next={next}>
        <p className="mt-3 text-sm text-stone-600">
          New here?{' '}
          <Link href={signUpHref(next)} className={linkStyles}>
            Create an account
          </Link>
        </p>
      </SignInForm>
    </main>
  );
}

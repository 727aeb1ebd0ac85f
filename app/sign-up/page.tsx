import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { api } from '../_trpc/server';
import { isInvitationPath, safeNext, signInHref } from '../_lib/auth-paths';
import { linkStyles } from '../_components/ui/styles';
import { SignUpForm } from './_components/sign-up-form';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  await connection();
  const next = safeNext((await searchParams).next);
  if (await (await api()).account.me()) redirect(next);
  return (
    <main className="mx-auto max-w-md px-4 py-10 sm:py-16">
      <h1 className="text-2xl font-semibold tracking-tight">Create an account</h1>
      <p className="mt-2 text-sm text-stone-600">
        {isInvitationPath(next)
          ? 'Use the e-mail address your invitation was sent to: the invitation opens only for that address.'
          : 'Then create a project of your own, or open the invitation link an owner of one sent you.'}
      </p>
      <SignUpForm next={next} />
      <p className="mt-4 text-sm text-stone-600">
        Already have an account?{' '}
        <Link href={signInHref(next)} className={linkStyles}>
          Sign in
        </Link>
      </p>
    </main>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { TRPCError } from '@trpc/server';
import { api } from '../../_trpc/server';
import { signInHref } from '../../_lib/auth-paths';
import { ExactTime } from '../../_components/ui/exact-time';
import { A_ROLE, ROLE_REACH } from '../../_components/role-words';
import { linkStyles } from '../../_components/ui/styles';
import { AcceptInvitation } from './_components/accept-invitation';
import { SwitchAccount } from './_components/switch-account';

export const metadata: Metadata = { title: 'Invitation' };

/** The refusals this page explains; anything else is an error of the page. */
const ANSWERED = ['BAD_REQUEST', 'NOT_FOUND', 'FORBIDDEN'];

interface InvitationPageProps {
  params: Promise<{ token: string }>;
}

/**
 * What the person invited sees on opening the link, signed in (the proxy sends a visitor signed out to sign in or
 * sign up, and back here): the project, the role and who invited them, to accept; or why the link cannot be used.
 */
export default async function InvitationPage({ params }: InvitationPageProps) {
  await connection();
  const { token } = await params;
  const caller = await api();
  const here = `/invitations/${token}`;
  const invitation = await caller.invitation.get({ token }).catch((error: unknown) => {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === 'UNAUTHORIZED') redirect(signInHref(here));
    if (!ANSWERED.includes(error.code)) throw error;
    return { refused: error.code, message: error.message };
  });
  const me = await caller.account.me();

  if ('refused' in invitation) {
    const forSomeoneElse = invitation.refused === 'FORBIDDEN';
    return (
      <main className="mx-auto max-w-xl px-4 py-10 sm:py-16">
        <h1 className="text-2xl font-semibold tracking-tight">
          {forSomeoneElse ? 'This invitation is for someone else' : 'This invitation cannot be used'}
        </h1>
        <p className="mt-3 text-stone-700">
          {invitation.refused === 'BAD_REQUEST'
            ? 'This is not the address of an invitation: check that the link was copied whole.'
            : invitation.message}
        </p>
        {forSomeoneElse && me && (
          <>
            <p className="mt-3 text-sm text-stone-600">You are signed in as {me.email}.</p>
            <SwitchAccount next={here} />
          </>
        )}
        <Link href="/" className={`mt-4 ${linkStyles}`}>
          Go to your projects
        </Link>
      </main>
    );
  }

  const { project, role, invitedBy, invitedAt } = invitation;
  return (
    <main className="mx-auto max-w-xl px-4 py-10 sm:py-16">
      <h1 className="text-2xl font-semibold tracking-tight">Join “{project.name}”</h1>
      <section
        aria-label="Invitation"
        className="mt-6 space-y-3 rounded-lg border border-stone-200 bg-white p-4 text-stone-800 sm:p-5"
      >
        <p>
          {invitedBy ?? 'A former member'} invited you to the project <strong>{project.name}</strong> ({project.key}) as{' '}
          <strong>{A_ROLE[role]}</strong>.
        </p>
        <p className="text-sm text-stone-600">
          As {A_ROLE[role]} you can {ROLE_REACH[role]}.
        </p>
        <p className="text-sm text-stone-500">
          Invited <ExactTime date={invitedAt} />
          {me && <>, and you are signed in as {me.email}</>}.
        </p>
        <AcceptInvitation token={token} />
      </section>
      <Link href="/" className={`mt-4 ${linkStyles}`}>
        Not now: go to your projects
      </Link>
    </main>
  );
}

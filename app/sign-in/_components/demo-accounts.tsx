'use client';

/**
 * The accounts `npm run db:seed` makes (and the first `npm run dev`), one per role, so that a newcomer can sign in at
 * once and see what each role may do. They are listed here, not read from the server: a note, not a feature.
 */
const PASSWORD = 'chronicle-demo';
const DEMO_ACCOUNTS = [
  { email: 'ana@chronicle.test', who: 'Ana Lima, owner of Chronicle Website' },
  { email: 'ben@chronicle.test', who: 'Ben Carter, member' },
  { email: 'chloe@chronicle.test', who: 'Chloé Martin, member' },
  { email: 'dev@chronicle.test', who: 'Dev Patel, viewer' },
  { email: 'eve@chronicle.test', who: 'Eve Stone, in no project' },
] as const;

interface DemoAccountsProps {
  onPick: (account: { email: string; password: string }) => void;
  disabled: boolean;
}

export function DemoAccounts({ onPick, disabled }: DemoAccountsProps) {
  return (
    <section aria-labelledby="demo-heading" className="mt-6 rounded-lg bg-indigo-50 p-4 text-sm text-indigo-950">
      <h2 id="demo-heading" className="font-semibold">
        Trying Chronicle?
      </h2>
      <p className="mt-1">
        The demo data comes with these accounts, all with the password <code className="font-mono">{PASSWORD}</code>.
        Pick one to fill in the form.
      </p>
      <ul className="mt-2 -mx-2">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <button
              type="button"
              disabled={disabled}
              onClick={() => {
                onPick({ email: account.email, password: PASSWORD });
              }}
              className="flex w-full flex-col items-start rounded-md px-2 py-1.5 text-left hover:bg-indigo-100"
            >
              <span className="font-mono font-medium text-indigo-800 underline underline-offset-2">
                <span className="sr-only">Fill in </span>
                {account.email}
              </span>
              <span className="text-xs text-indigo-900/80">{account.who}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

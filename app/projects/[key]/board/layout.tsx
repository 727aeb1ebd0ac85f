/**
 * The board, with the panel a task opens in when a card is followed (the intercepting route `@panel/(..)tasks`). The
 * board lives here, at `/projects/KEY/board` behind a rewrite of `/projects/KEY` (next.config.mjs), so that only a
 * navigation from the board opens the panel: Next.js intercepts every navigation that starts under the layout holding
 * the slot, and under the project's own layout that would include the task's page itself.
 */
export default function BoardLayout({ children, panel }: { children: React.ReactNode; panel: React.ReactNode }) {
  return (
    <>
      {children}
      {panel}
    </>
  );
}

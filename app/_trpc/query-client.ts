import { defaultShouldDehydrateQuery, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import { isPublicPath } from '../_lib/auth-paths';

/**
 * A session that ends while someone works (it expired, they signed out in another tab) shows up as UNAUTHORIZED on
 * their next read or change: they are sent to sign in and brought back, instead of meeting an error panel.
 */
function signInAgain(error: unknown) {
  if (typeof window === 'undefined' || !(error instanceof TRPCClientError)) return;
  if ((error.data as { code?: string } | undefined)?.code !== 'UNAUTHORIZED') return;
  // On the sign-in page itself, UNAUTHORIZED is a wrong password, shown in the form.
  if (isPublicPath(window.location.pathname)) return;
  const here = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/sign-in?next=${encodeURIComponent(here)}`);
}

export function makeQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: signInAgain }),
    mutationCache: new MutationCache({ onError: signInAgain }),
    defaultOptions: {
      queries: { staleTime: 30 * 1000 },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === 'pending',
      },
      hydrate: { deserializeData: superjson.deserialize },
    },
  });
}

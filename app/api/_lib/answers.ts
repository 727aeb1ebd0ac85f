import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';

/** A refusal as JSON with its HTTP status; an unexpected failure says nothing about itself. */
export function refusalOf(error: unknown): Response {
  if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') {
    console.error('A file route failed:', error);
    return Response.json(
      { error: 'Something went wrong on our side. Nothing was changed; please try again.' },
      { status: 500 },
    );
  }
  return Response.json({ error: error.message }, { status: getHTTPStatusCodeFromError(error) });
}

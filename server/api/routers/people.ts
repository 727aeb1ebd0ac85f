import { TRPCError } from '@trpc/server';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { text } from './text';
import { requireText } from '@/domain';
import { addPerson, findPerson, listPeople } from '../../queries/people';
import { createRouter, publicProcedure } from '../trpc';
import { PERSON_COOKIE, personCookie } from '../person-cookie';

export const peopleRouter = createRouter({
  list: publicProcedure.query(({ ctx }) => listPeople(ctx.db)),
  me: publicProcedure.query(async ({ ctx }) =>
    ctx.personId && z.uuid().safeParse(ctx.personId).success
      ? ((await findPerson(ctx.db, ctx.personId)) ?? null)
      : null,
  ),
  /** Until accounts exist: pick an existing person or join as a new one; the choice is kept in a cookie. */
  join: publicProcedure
    .input(z.union([z.object({ personId: z.uuid() }), z.object({ name: text(60) })]))
    .mutation(async ({ ctx, input }) => {
      const person =
        'personId' in input
          ? await findPerson(ctx.db, input.personId)
          : await addPerson(ctx.db, { id: randomUUID(), name: requireText('name', input.name, { max: 60 }) });
      if (!person) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such person' });
      ctx.resHeaders?.append('Set-Cookie', personCookie(person.id));
      return person;
    }),
  leave: publicProcedure.mutation(({ ctx }) => {
    ctx.resHeaders?.append('Set-Cookie', `${PERSON_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
    return null;
  }),
});

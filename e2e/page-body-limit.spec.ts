import { expect, test } from './test';
import { DEMO_PASSWORD, demo } from './fixtures';

const twentyMegabytes = Buffer.alloc(20 << 20, 'x');

test('a page refuses any body, large or small, and the server goes on answering', async ({ request }) => {
  const refused = await Promise.all([
    request.post('/sign-in', {
      data: twentyMegabytes,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }),
    request.post('/projects/DEMO', { data: twentyMegabytes, headers: { 'content-type': 'multipart/form-data' } }),
    // The request a server action would be: the app has none, and a page takes no post of that kind either.
    request.post('/', { data: '[]', headers: { 'next-action': '0'.repeat(42), 'content-type': 'text/plain' } }),
    request.put('/sign-up', { data: 'a=1' }),
    request.delete('/projections'),
    request.fetch('/sign-in', { method: 'OPTIONS' }),
  ]);
  for (const answer of refused) {
    expect(answer.status(), answer.url()).toBe(405);
    expect(answer.headers().allow).toBe('GET, HEAD');
  }
  expect((await request.get('/sign-in')).status()).toBe(200);
  expect((await request.head('/sign-in')).status()).toBe(200);
});

test('the API keeps its own limit of 1 MB, and its usual answers', async ({ request }) => {
  const tooLarge = await request.post('/api/trpc/account.signIn', { data: twentyMegabytes });
  expect(tooLarge.status()).toBe(413);
  const signIn = await request.post('/api/trpc/account.signIn', {
    data: { json: { email: demo.ana.email, password: DEMO_PASSWORD } },
  });
  expect(signIn.status(), await signIn.text()).toBe(200);
});

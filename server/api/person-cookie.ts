export const PERSON_COOKIE = 'chronicle_person';

export const personCookie = (personId: string) =>
  `${PERSON_COOKIE}=${personId}; Path=/; Max-Age=${60 * 60 * 24 * 365}; HttpOnly; SameSite=Lax`;

export const LOGIN_PATH = '/login';
export const NEXT_PARAM = 'next';
export const REASON_PARAM = 'reason';

/** Why the sign-in page was opened, when it is worth a notice there. */
export type LoginNotice = 'expired' | 'signed-out';

export function isLoginNotice(value: string | null): value is LoginNotice {
  return value === 'expired' || value === 'signed-out';
}

/**
 * Where to go after signing in: only a path of this app (never another origin, nor the sign-in
 * page itself, which would loop); anything else means the start page.
 */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  const pathname = value.split(/[?#]/, 1)[0] ?? '';
  if (pathname === LOGIN_PATH || pathname.startsWith(`${LOGIN_PATH}/`)) return '/';
  return value;
}

/** The sign-in page, coming back to `next` afterwards (`/` needs no parameter). */
export function loginPath(next?: string | null, notice?: LoginNotice): string {
  const params = new URLSearchParams();
  const target = safeNext(next);
  if (target !== '/') params.set(NEXT_PARAM, target);
  if (notice) params.set(REASON_PARAM, notice);
  const query = params.toString();
  return query ? `${LOGIN_PATH}?${query}` : LOGIN_PATH;
}

import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './paths';

describe('the sign-in page address', () => {
  it('comes back to the page the user was on, with its query', () => {
    expect(loginPath('/patients/UGF0aWVudDox')).toBe('/login?next=%2Fpatients%2FUGF0aWVudDox');
    expect(loginPath('/audit?action=read')).toBe('/login?next=%2Faudit%3Faction%3Dread');
    expect(loginPath('/')).toBe('/login');
    expect(loginPath(null)).toBe('/login');
  });

  it('says why the user has to sign in', () => {
    expect(loginPath('/patients', 'expired')).toBe('/login?next=%2Fpatients&reason=expired');
    expect(loginPath(null, 'signed-out')).toBe('/login?reason=signed-out');
  });

  it('never sends the user to another site or back to the sign-in page', () => {
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example/')).toBe('/');
    expect(safeNext('/login?next=/login')).toBe('/');
    expect(safeNext('/login')).toBe('/');
    expect(safeNext('')).toBe('/');
    expect(safeNext(null)).toBe('/');
    expect(safeNext('/patients?q=sok#top')).toBe('/patients?q=sok#top');
    expect(safeNext('/loginhelp')).toBe('/loginhelp');
  });
});

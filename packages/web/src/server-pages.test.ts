import { describe, expect, it } from 'vitest';
import { isServerPage, leaveForServerPages } from './server-pages';

describe('pages the server answers itself', () => {
  it('are the API explorer only', () => {
    expect(isServerPage('/graphql')).toBe(true);
    expect(isServerPage('/graphql/')).toBe(true);
    expect(isServerPage('/graphqlx')).toBe(false);
    expect(isServerPage('/patients')).toBe(false);
    expect(isServerPage('/')).toBe(false);
  });

  it('are left with a full page load when the router arrives at one', () => {
    let listener: ((state: { location: { pathname: string; search: string; hash: string } }) => void) | undefined;
    const visits: string[] = [];
    leaveForServerPages({ subscribe: (l) => (listener = l) }, (url) => visits.push(url));
    listener!({ location: { pathname: '/patients', search: '', hash: '' } });
    expect(visits).toEqual([]);
    listener!({ location: { pathname: '/graphql', search: '?x=1', hash: '' } });
    expect(visits).toEqual(['/graphql?x=1']);
  });
});

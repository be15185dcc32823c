/**
 * Paths the server answers itself rather than the app's router: the GraphQL API explorer at
 * `/graphql` (a page of its own, graphiql.html). Reached from inside the app — e.g. signing in at
 * `/login?next=/graphql` — they need a real page load, not a client-side route.
 */
export const SERVER_PAGES: readonly string[] = ['/graphql'];

export function isServerPage(pathname: string): boolean {
  return SERVER_PAGES.includes(pathname.replace(/\/+$/, '') || '/');
}

/** Leaves the app for a server page whenever the router arrives at one. */
export function leaveForServerPages(
  router: { subscribe(listener: (state: { location: { pathname: string; search: string; hash: string } }) => void): unknown },
  go: (url: string) => void = (url) => window.location.replace(url),
): void {
  router.subscribe(({ location }) => {
    if (isServerPage(location.pathname)) go(`${location.pathname}${location.search}${location.hash}`);
  });
}

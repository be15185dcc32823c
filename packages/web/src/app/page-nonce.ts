/** What the built pages carry until the server puts each response's nonce in its place. */
const PLACEHOLDER = 'PJ_CSP_NONCE';

/**
 * The nonce the server gave this page, from the `<meta property="csp-nonce">` Vite writes into
 * the built HTML (vite.config.ts, `html.cspNonce`). The page's Content-Security-Policy allows
 * `<style>` tags only with it: Mantine's theme variables and responsive styles, Monaco's editor
 * styles. Undefined on the development server, which sends no policy.
 */
export function pageNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  // Browsers hide a nonce attribute from scripts once the page has loaded; the property keeps it.
  const nonce = meta?.nonce || meta?.getAttribute('nonce') || undefined;
  return nonce === PLACEHOLDER ? undefined : nonce;
}

import { pageNonce } from '../app/page-nonce';

/**
 * Monaco (the explorer's editors) adds its styles as `<style>` elements it creates itself, with
 * no way to pass a nonce. The page's policy refuses a `<style>` without the page's nonce, so every
 * `<style>` element this page creates is given it. Imported before anything else of the explorer.
 */
const nonce = pageNonce();
if (nonce) {
  // Called below with the document it is called on, as the browser's own method would be.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions): HTMLElement {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  };
}

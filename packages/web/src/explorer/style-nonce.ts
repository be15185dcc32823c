import { pageNonce } from '../app/page-nonce';

/**
 * Monaco (the explorer's editors) adds its styles as `<style>` elements it creates itself, with
 * no way to pass a nonce. The page's policy refuses a `<style>` without the page's nonce, so every
 * `<style>` element this page creates is given it. Imported before anything else of the explorer.
 */
const nonce = pageNonce();
if (nonce) {
  const createElement = Document.prototype.createElement;
  Document.prototype.createElement = function (this: Document, tagName: string, options?: ElementCreationOptions) {
    const element = createElement.call(this, tagName, options);
    if (element instanceof HTMLStyleElement) element.nonce = nonce;
    return element;
  } as typeof Document.prototype.createElement;
}

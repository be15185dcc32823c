/** Built by `build/page-text.ts` from the translation files and its `PAGE_TEXT` groups. */
declare module 'virtual:pj-page-text' {
  type Text = Record<string, unknown>;
  /** English `core`, bundled with the app. */
  export const englishCore: Text;
  /** Each group's text (keyed by `TextGroup`) in each language, as a chunk of its own. */
  export const textLoaders: Record<string, Record<'en' | 'km' | 'ja', () => Promise<{ default: Text }>>>;
}

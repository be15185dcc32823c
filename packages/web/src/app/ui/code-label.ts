/** A code picked or shown: what is sent (`code`) and its titles. */
export interface PickedCode {
  code: string;
  title: string;
  titleJapanese?: string | null;
  titleKhmer?: string | null;
}

/** A code's title in the reader's language, English where none is given. */
export function codeTitle(code: PickedCode, language: string): string {
  if (language === 'ja') return code.titleJapanese ?? code.title;
  if (language === 'km') return code.titleKhmer ?? code.title;
  return code.title;
}

/** "K40.9 Unilateral or unspecified inguinal hernia, …", in the reader's language. */
export const codeLabel = (code: PickedCode, language: string): string => `${code.code} ${codeTitle(code, language)}`;

interface Names {
  familyName: string;
  givenName: string;
  familyNameKhmer: string | null;
  givenNameKhmer: string | null;
}

/** Latin name as the hospital writes it on records: FAMILY Given. */
export function latinName(p: Names): string {
  return `${p.familyName.toLocaleUpperCase('en')} ${p.givenName}`;
}

/** Khmer name (family name first, as in Khmer), or null when none was recorded. */
export function khmerName(p: Names): string | null {
  const parts = [p.familyNameKhmer, p.givenNameKhmer].filter(
    (s): s is string => typeof s === 'string' && s.trim() !== '',
  );
  return parts.length > 0 ? parts.join(' ') : null;
}

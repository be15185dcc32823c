/**
 * A stored E.164 Cambodian number (+855…) as people read it locally: "012 345 678",
 * "097 765 4321". Other numbers are shown as stored.
 */
export function formatPhone(e164: string): string {
  const m = /^\+855(\d{8,9})$/.exec(e164);
  if (!m?.[1]) return e164;
  const national = `0${m[1]}`;
  return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
}

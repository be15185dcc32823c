/** Abbreviations that stay in capitals when an enum value is written out. */
const ACRONYMS = new Set(['ENT', 'IV', 'PO', 'IT', 'SIOP', 'TNM', 'CTCAE']);

/** An enum value written out for people: `GENERAL_SURGERY` → "General surgery", `ENT` → "ENT". */
export function words(value: string): string {
  const text = value
    .split('_')
    .map((word) => (ACRONYMS.has(word) ? word : word.toLowerCase()))
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

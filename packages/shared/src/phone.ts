/**
 * Normalises a Cambodian phone number to E.164 (`+855…`). Accepts the ways people write
 * them: `012 345 678`, `012-345-678`, `+855 12 345 678`, `855123456789`, `(0)12 345678`.
 * Returns null when the text is not a plausible Cambodian number.
 */
export function normalizeCambodianPhone(text: string): string | null {
  const digits = text.replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(digits)) return null;
  let national: string;
  if (digits.startsWith('+855')) national = digits.slice(4);
  else if (digits.startsWith('00855')) national = digits.slice(5);
  else if (digits.startsWith('855') && digits.length >= 11) national = digits.slice(3);
  else if (digits.startsWith('0') && !digits.startsWith('00')) return nationalToE164(digits.slice(1));
  else return null;
  // After the country code people often keep the trunk 0 as well: "+855 012 345 678".
  if (national.startsWith('0')) national = national.slice(1);
  return nationalToE164(national);
}

function nationalToE164(national: string): string | null {
  // Cambodian numbers are 8 or 9 digits after the country code, never starting with 0.
  if (!/^[1-9]\d{7,8}$/.test(national)) return null;
  return `+855${national}`;
}

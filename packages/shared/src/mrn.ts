/**
 * Medical record numbers: a six-digit serial and a Luhn check digit, written `NNNNNN-C`
 * (e.g. `000042-2`). The check digit catches any single mistyped digit and most swaps of
 * neighbouring digits, the common errors when a number is read out over the phone.
 */
const MRN_PATTERN = /^(\d{6})-(\d)$/;

export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function formatMrn(serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) {
    throw new RangeError(`MRN serial out of range: ${serial}`);
  }
  const digits = String(serial).padStart(6, '0');
  return `${digits}-${luhnCheckDigit(digits)}`;
}

export function isValidMrn(mrn: string): boolean {
  const match = MRN_PATTERN.exec(mrn.trim());
  return match !== null && luhnCheckDigit(match[1]) === Number(match[2]);
}

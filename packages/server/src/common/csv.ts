/**
 * One CSV field (RFC 4180): a field with a comma, quote or line break is quoted, quotes doubled.
 * Text that a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return, and not a plain number) is written with a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file: one line per row, CRLF line ends (RFC 4180), the last line ended too. */
export function csvText(lines: readonly (readonly string[])[]): string {
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

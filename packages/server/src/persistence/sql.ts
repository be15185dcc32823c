/** A table or column name as a quoted SQL identifier (`"bed_stay"`), safe whatever it holds. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Text as a quoted SQL string literal (`'it''s'`), safe whatever it holds. */
export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

import { describe, expect, it } from 'vitest';
import { csvField, csvText } from './csv.js';

describe('CSV fields and files', () => {
  it('quotes a field with a comma, quote or line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a spreadsheet from running text as a formula, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1 cmd')).toBe("'+1 cmd");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-3')).toBe('-3');
    expect(csvField('-0.25')).toBe('-0.25');
    expect(csvField('- a note')).toBe("'- a note");
  });

  it('ends every line with CRLF', () => {
    expect(csvText([['a', 'b'], ['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

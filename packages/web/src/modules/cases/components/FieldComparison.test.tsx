import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FieldComparison, type ComparedField } from './FieldComparison';

function render(fields: ComparedField[], striped = false): string {
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      null,
      createElement(FieldComparison, {
        fieldHeading: 'Field',
        columns: [
          { key: 'theirs', heading: 'Saved meanwhile' },
          { key: 'yours', heading: 'Your change' },
        ],
        fields,
        striped,
        testId: 'compare',
        rowTestId: 'compare-row',
      }),
    ),
  );
}

interface Cell { tag: 'th' | 'td'; attrs: string; text: string }
interface Row { attrs: string; cells: Cell[] }

/** The table's rows as markup (the tests run without a DOM): each row's attributes and cells. */
function rowsOf(html: string, part: 'thead' | 'tbody'): Row[] {
  const section = new RegExp(`<${part}[^>]*>([\\s\\S]*?)</${part}>`).exec(html)?.[1] ?? '';
  return [...section.matchAll(/<tr([^>]*)>([\s\S]*?)<\/tr>/g)].map((row) => ({
    attrs: row[1],
    cells: [...row[2].matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)].map((c) => ({
      tag: c[1] as 'th' | 'td',
      attrs: c[2],
      text: c[3].replace(/<[^>]+>/g, '').trim(),
    })),
  }));
}

describe('FieldComparison', () => {
  it('shows each field as a row headed by its name, with the two values in the order of the columns', () => {
    const html = render([
      { key: 'familyName', label: 'Family name', values: ['Sok', 'Chan'] },
      { key: 'phone0', label: 'Phone', values: ['012 345 678', '097 000 111'], mono: true, data: { field: 'phone0', clash: true } },
    ]);
    expect(html).toContain('data-testid="compare"');
    const [head] = rowsOf(html, 'thead');
    expect(head.cells.map((c) => c.text)).toEqual(['Field', 'Saved meanwhile', 'Your change']);
    expect(head.cells.every((c) => c.tag === 'th' && c.attrs.includes('scope="col"'))).toBe(true);
    const rows = rowsOf(html, 'tbody');
    expect(rows.map((r) => r.cells.map((c) => `${c.tag}:${c.text}`))).toEqual([
      ['th:Family name', 'td:Sok', 'td:Chan'],
      ['th:Phone', 'td:012 345 678', 'td:097 000 111'],
    ]);
    expect(rows.every((r) => r.attrs.includes('data-testid="compare-row"') && r.cells[0].attrs.includes('scope="row"'))).toBe(true);
    // Numbers and codes keep their own style; data attributes reach the row.
    expect(rows[1].cells.slice(1).every((c) => /class="[^"]*\bmrn\b/.test(c.attrs))).toBe(true);
    expect(rows[0].cells.slice(1).some((c) => /\bmrn\b/.test(c.attrs))).toBe(false);
    expect(rows[1].attrs).toContain('data-field="phone0"');
    expect(rows[1].attrs).toContain('data-clash="true"');
  });

  it('renders the headings and an empty body when nothing differs', () => {
    const html = render([]);
    expect(rowsOf(html, 'tbody')).toEqual([]);
    expect(rowsOf(html, 'thead')[0].cells).toHaveLength(3);
  });
});

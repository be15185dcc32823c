import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** One row of a comparison: a field, its two values, and data attributes tests and styles read. */
export interface ComparedField {
  key: string;
  label: ReactNode;
  values: readonly [ReactNode, ReactNode];
  /** Written as the hospital writes numbers and codes (phone numbers, record numbers). */
  mono?: boolean;
  /** `data-*` attributes of the row (`{ field: 'phone0' }` → `data-field="phone0"`). */
  data?: Record<string, string | boolean>;
}

/**
 * Two versions of a record field by field, in a table whose rows are headed by the field: the
 * edit page's "changed meanwhile" table (theirs / yours) and the merge page's two records side
 * by side. The column headings are the caller's (plain text, or a choice such as a radio).
 */
export function FieldComparison({
  fieldHeading,
  columns,
  fields,
  striped = false,
  testId,
  rowTestId,
}: {
  fieldHeading: ReactNode;
  columns: readonly [{ key: string; heading: ReactNode }, { key: string; heading: ReactNode }];
  fields: readonly ComparedField[];
  striped?: boolean;
  testId?: string;
  rowTestId?: string;
}) {
  return (
    <Table withTableBorder withColumnBorders striped={striped} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{fieldHeading}</Table.Th>
          {columns.map((column) => (
            <Table.Th key={column.key} scope="col">
              {column.heading}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => (
          <Table.Tr
            key={field.key}
            data-testid={rowTestId}
            {...Object.fromEntries(Object.entries(field.data ?? {}).map(([name, value]) => [`data-${name}`, value]))}
          >
            <Table.Th scope="row">{field.label}</Table.Th>
            {field.values.map((value, i) => (
              <Table.Td key={columns[i].key} className={field.mono ? 'mrn' : undefined}>
                {value}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Table, Text, VisuallyHidden } from '@mantine/core';
import { useCallback, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PatientListItemFragment } from '../../../generated/graphql';
import { khmerName, latinName } from '../names';
import { PatientAge } from './PatientAge';
import { ProvinceName } from './ProvinceName';
import { StageBadge } from './StageBadge';

export function patientPath(id: string): string {
  return `/patients/${encodeURIComponent(id)}`;
}

const ROW_LINK = 'a.patient-row__link';

/** Moves focus between the rows' links with the arrow keys, Home and End. */
function onTableKeyDown(event: KeyboardEvent<HTMLTableSectionElement>) {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>(ROW_LINK));
  const current = links.findIndex((a) => a === document.activeElement);
  if (current === -1) return;
  const last = links.length - 1;
  const next =
    event.key === 'ArrowDown'
      ? Math.min(current + 1, last)
      : event.key === 'ArrowUp'
        ? Math.max(current - 1, 0)
        : event.key === 'Home'
          ? 0
          : last;
  event.preventDefault();
  links[next]?.focus();
}

/** Focuses the first patient link of the table inside `root`; false when there is none. */
export function focusFirstPatient(root: ParentNode | null): boolean {
  const first = root?.querySelector<HTMLAnchorElement>(ROW_LINK);
  first?.focus();
  return Boolean(first);
}

export function PatientTable({ patients }: { patients: readonly PatientListItemFragment[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();

  // The whole row is a pointer target; the name link is the keyboard and screen-reader target.
  const onRowClick = useCallback(
    (event: MouseEvent<HTMLTableRowElement>, id: string) => {
      if ((event.target as HTMLElement).closest('a, button')) return;
      if (window.getSelection()?.toString()) return; // let people select and copy an MRN
      void navigate(patientPath(id));
    },
    [navigate],
  );

  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <VisuallyHidden id="patient-table-hint">{t('patients.keyboardHint')}</VisuallyHidden>
      <Table
        className="patient-table"
        highlightOnHover
        verticalSpacing="sm"
        horizontalSpacing="md"
        withTableBorder
        bg="white"
        aria-label={t('patients.tableCaption')}
        aria-describedby="patient-table-hint"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('patients.columns.mrn')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.khmerName')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.age')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.sex')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.province')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.stage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={onTableKeyDown}>
          {patients.map((p) => {
            const khmer = khmerName(p);
            return (
              <Table.Tr
                key={p.id}
                className="patient-row"
                data-testid="patient-row"
                data-mrn={p.mrn}
                onClick={(e) => onRowClick(e, p.id)}
              >
                <Table.Td className="mrn">{p.mrn}</Table.Td>
                <Table.Td>
                  <Link to={patientPath(p.id)} className="patient-row__link">
                    {latinName(p)}
                  </Link>
                </Table.Td>
                <Table.Td>
                  {khmer ? (
                    <span lang="km" className="khmer">
                      {khmer}
                    </span>
                  ) : (
                    <Text span c="dimmed" aria-label={t('common.notRecorded')}>
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <PatientAge age={p.age} birthDate={p.birthDate} estimated={p.birthDateEstimated} />
                </Table.Td>
                <Table.Td>{t(`enums.Sex.${p.sex}`)}</Table.Td>
                <Table.Td>
                  <ProvinceName province={p.province} />
                </Table.Td>
                <Table.Td>
                  <StageBadge stage={p.stage} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}


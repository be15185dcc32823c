import { Anchor, Checkbox, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconPhone } from '@tabler/icons-react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { ReferralRowFragment } from '../../../generated/graphql';
import { khmerName, latinName } from '../../patients/names';
import { formatPhone } from '../../patients/phone';
import type { ReferralOrderField, ReferralSort } from '../filters';
import { DueDate, PriorityBadge, ReferralStatusBadge } from './badges';

const ROW_LINK = 'a.referral-row__link';

/** The number to call about an overdue referral. */
function CallPhone({ phone }: { phone: string }) {
  return (
    <Anchor href={`tel:${phone}`} size="xs" className="mrn" display="block" data-testid="referral-phone" onClick={(e) => e.stopPropagation()}>
      <IconPhone size={12} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 2 }} />
      {formatPhone(phone)}
    </Anchor>
  );
}

/** Arrow keys, Home and End move between rows; Space selects the focused row. */
function onBodyKeyDown(event: KeyboardEvent<HTMLTableSectionElement>, toggle: (id: string) => void) {
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>(ROW_LINK));
  const current = links.findIndex((a) => a === document.activeElement);
  if (current === -1) return;
  if (event.key === ' ') {
    const id = links[current]?.dataset['id'];
    if (id) {
      event.preventDefault();
      toggle(id);
    }
    return;
  }
  const last = links.length - 1;
  let next: number;
  if (event.key === 'ArrowDown') next = Math.min(current + 1, last);
  else if (event.key === 'ArrowUp') next = Math.max(current - 1, 0);
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = last;
  else return;
  event.preventDefault();
  links[next]?.focus();
}

/** Focuses the first row of the table inside `root`; false when there is none. */
export function focusFirstReferral(root: ParentNode | null): boolean {
  const first = root?.querySelector<HTMLAnchorElement>(ROW_LINK);
  first?.focus();
  return Boolean(first);
}

function SortHeader({
  field,
  sort,
  onSort,
  children,
}: {
  field: ReferralOrderField;
  sort: ReferralSort;
  onSort: (field: ReferralOrderField) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const active = sort.field === field;
  const Icon = !active ? IconArrowsSort : sort.direction === 'ASC' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th scope="col" aria-sort={active ? (sort.direction === 'ASC' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton className="sort-header" onClick={() => onSort(field)} data-testid={`sort-${field}`} data-active={active}>
        {children}
        <Icon size={14} stroke={1.8} aria-hidden="true" />
        {active ? <VisuallyHidden>{sort.direction === 'ASC' ? t('referrals.sortedAsc') : t('referrals.sortedDesc')}</VisuallyHidden> : null}
      </UnstyledButton>
    </Table.Th>
  );
}

export function ReferralTable({
  referrals,
  sort,
  onSort,
  selected,
  onToggle,
  onToggleAll,
  onOpen,
  openId,
  hrefFor,
  today,
  selectable,
  withPatients = true,
  phonesFor,
}: {
  referrals: readonly ReferralRowFragment[];
  sort: ReferralSort;
  onSort: (field: ReferralOrderField) => void;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (checked: boolean) => void;
  onOpen: (id: string) => void;
  openId: string | null;
  hrefFor: (id: string) => string;
  today: string;
  selectable: boolean;
  /** False for roles that may not read patients: the rows then carry no patient. */
  withPatients?: boolean;
  /** The phones to call about an overdue referral (none for roles that may not see them). */
  phonesFor?: (id: string) => readonly string[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const allSelected = referrals.length > 0 && referrals.every((r) => selected.has(r.id));
  const someSelected = referrals.some((r) => selected.has(r.id));

  const onRowClick = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as HTMLElement).closest('a, button, input, label')) return;
    if (window.getSelection()?.toString()) return;
    onOpen(id);
  };

  return (
    <Table.ScrollContainer minWidth={1100} type="native">
      <VisuallyHidden id="referral-table-hint">{t('referrals.keyboardHint')}</VisuallyHidden>
      <Table
        className="referral-table"
        highlightOnHover
        verticalSpacing="sm"
        horizontalSpacing="sm"
        withTableBorder
        bg="white"
        aria-label={t('referrals.tableCaption')}
        aria-describedby="referral-table-hint"
      >
        <Table.Thead>
          <Table.Tr>
            {selectable ? (
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label={t('referrals.selectAll')}
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={(e) => onToggleAll(e.currentTarget.checked)}
                  data-testid="referral-select-all"
                />
              </Table.Th>
            ) : null}
            <Table.Th scope="col">{withPatients ? t('referrals.columns.patient') : t('referrals.drawer.title')}</Table.Th>
            <SortHeader field="RECEIVED_AT" sort={sort} onSort={onSort}>
              {t('referrals.columns.received')}
            </SortHeader>
            <Table.Th scope="col">{t('referrals.columns.specialty')}</Table.Th>
            <Table.Th scope="col">{t('referrals.columns.source')}</Table.Th>
            <SortHeader field="PRIORITY" sort={sort} onSort={onSort}>
              {t('referrals.columns.priority')}
            </SortHeader>
            <Table.Th scope="col">{t('referrals.columns.urgencyBand')}</Table.Th>
            <SortHeader field="DUE_DATE" sort={sort} onSort={onSort}>
              {t('referrals.columns.dueDate')}
            </SortHeader>
            <Table.Th scope="col">{t('referrals.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('referrals.columns.assignee')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={(e) => onBodyKeyDown(e, onToggle)}>
          {referrals.map((r) => {
            const khmer = r.patient ? khmerName(r.patient) : null;
            const name = r.patient ? latinName(r.patient) : t('referrals.openReferral');
            return (
              <Table.Tr
                key={r.id}
                className="referral-row"
                data-testid="referral-row"
                data-id={r.id}
                data-mrn={r.patient?.mrn}
                data-status={r.status}
                data-priority={r.priority}
                data-overdue={r.overdue}
                data-open={openId === r.id}
                data-selected={selected.has(r.id)}
                onClick={(e) => onRowClick(e, r.id)}
              >
                {selectable ? (
                  <Table.Td>
                    <Checkbox
                      aria-label={t('referrals.selectRow', { name })}
                      checked={selected.has(r.id)}
                      onChange={() => onToggle(r.id)}
                      data-testid="referral-select"
                    />
                  </Table.Td>
                ) : null}
                <Table.Td>
                  <Link
                    to={hrefFor(r.id)}
                    className="referral-row__link"
                    data-id={r.id}
                    onClick={(e) => {
                      if (e.metaKey || e.ctrlKey || e.shiftKey) return;
                      e.preventDefault();
                      onOpen(r.id);
                    }}
                  >
                    {name}
                  </Link>
                  {khmer ? (
                    <span lang="km" className="khmer referral-row__khmer">
                      {khmer}
                    </span>
                  ) : null}
                  {r.patient ? <span className="mrn referral-row__mrn">{r.patient.mrn}</span> : null}
                </Table.Td>
                <Table.Td className="referral-row__received">
                  <time dateTime={r.receivedAt}>{formatDateTime(r.receivedAt, language)}</time>
                  <Text span size="xs" c="dimmed" display="block">
                    {t('referrals.waiting', { count: r.daysWaiting })}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`enums.Specialty.${r.specialty}`)}</Table.Td>
                <Table.Td>
                  <span>{t(`enums.ReferralSourceType.${r.sourceType}`)}</span>
                  {r.sourceName ? (
                    <Text span size="xs" c="dimmed" display="block">
                      {r.sourceName}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <PriorityBadge priority={r.priority} />
                </Table.Td>
                <Table.Td>
                  {r.urgencyBand ? (
                    t(`enums.UrgencyBand.${r.urgencyBand}`)
                  ) : (
                    <Text span c="dimmed" aria-label={t('common.notRecorded')}>
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <DueDate dueDate={r.dueDate} overdue={r.overdue} today={today} />
                  {r.overdue && phonesFor?.(r.id)[0] ? (
                    <CallPhone phone={phonesFor(r.id)[0]} />
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <ReferralStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td data-testid="referral-assignee">
                  {r.assignee ? (
                    r.assignee.displayName
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {t('referrals.unassigned')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

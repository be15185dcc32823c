import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../periods';

/**
 * From and to days, applied together (a half-typed period is not a view). What is typed starts
 * again from the period shown whenever that changes (a preset, back and forward); the form stays
 * in place, so the focus stays on the button that applied it.
 */
export function PeriodForm({ period, onChange, testId }: { period: Period; onChange: (period: Period) => void; testId: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Period>(period);
  const [shown, setShown] = useState<Period>(period);
  if (shown.from !== period.from || shown.to !== period.to) {
    setShown(period);
    setDraft(period);
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from <= draft.to) onChange(draft);
  };
  return (
    <form onSubmit={onSubmit} data-testid={`${testId}-period-form`}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput type="date" label={t('reports.from')} value={draft.from} max={draft.to || undefined} onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })} data-testid={`${testId}-from`} />
        <TextInput type="date" label={t('reports.to')} value={draft.to} min={draft.from || undefined} onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} data-testid={`${testId}-to`} />
        <Button type="submit" variant="outline" data-testid={`${testId}-apply`}>
          {t('reports.apply')}
        </Button>
      </Group>
    </form>
  );
}

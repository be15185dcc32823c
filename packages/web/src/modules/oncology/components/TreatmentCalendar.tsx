import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Modal, NumberInput, ScrollArea, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { hospitalDate } from '@pj/shared';
import {
  IconAlertTriangle,
  IconBan,
  IconCalendarDue,
  IconCircleCheck,
  IconClock,
  IconClockExclamation,
  type Icon,
} from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf, type FormProblem } from '../../../app/form-errors';
import { formatLocalDate } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { ChemoAdministrationFieldsFragment } from '../../../generated/graphql';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';
import { buildCalendar, isRecordable, type DoseState } from '../calendar';
import { OmitChemoAdministrationMutation, RecordChemoAdministrationMutation } from '../graphql/oncology-mutations';

export const ONCOLOGY_REFETCH = ['PatientOncology', 'PatientPage', 'OncologyAlerts'];

/** Colour and icon of each state: the icon and the text carry the meaning, colour only helps. */
export const DOSE_STYLE: Record<DoseState, { color: string; icon: Icon }> = {
  given: { color: 'teal', icon: IconCircleCheck },
  delayed: { color: 'yellow', icon: IconClock },
  omitted: { color: 'gray', icon: IconBan },
  overdue: { color: 'red', icon: IconClockExclamation },
  due: { color: 'blue', icon: IconCalendarDue },
  planned: { color: 'gray', icon: IconCalendarDue },
};

const STATES: readonly DoseState[] = ['given', 'delayed', 'due', 'overdue', 'omitted', 'planned'];

function RecordAdministrationDialog({
  administration,
  today,
  onClose,
}: {
  administration: ChemoAdministrationFieldsFragment;
  today: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [mode, setMode] = useState<'given' | 'omit'>('given');
  const [omitReason, setOmitReason] = useState('');
  const [givenOn, setGivenOn] = useState(today);
  const [dose, setDose] = useState<number | string>(administration.plannedDose);
  const [delayReason, setDelayReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [record, { loading }] = useMutation(RecordChemoAdministrationMutation, {
    refetchQueries: ONCOLOGY_REFETCH,
    awaitRefetchQueries: true,
  });
  const [omit, omitting] = useMutation(OmitChemoAdministrationMutation, {
    refetchQueries: ONCOLOGY_REFETCH,
    awaitRefetchQueries: true,
  });
  const late = givenOn > administration.plannedDate;

  const submitOmission = async () => {
    if (!omitReason.trim()) {
      setErrors({ reason: t('oncology.record.omitReasonRequired') });
      return;
    }
    setErrors({});
    setProblem(null);
    try {
      await omit({
        variables: { input: { administrationId: administration.id, reason: omitReason.trim(), expectedVersion: administration.version } },
      });
      onClose();
    } catch (error) {
      const p = formProblemOf(error, (path) => path === 'reason');
      setErrors(p.fields);
      setProblem(p);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'omit') {
      await submitOmission();
      return;
    }
    const found: Record<string, string> = {};
    if (!givenOn) found['givenOn'] = t('forms.required');
    else if (givenOn > today) found['givenOn'] = t('oncology.record.notFuture');
    if (typeof dose !== 'number' || !(dose > 0)) found['dose'] = t('oncology.record.dosePositive');
    if (late && !delayReason.trim()) found['delayReason'] = t('oncology.record.delayReasonRequired');
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    try {
      await record({
        variables: {
          input: {
            administrationId: administration.id,
            givenOn,
            dose: dose as number,
            delayReason: late ? delayReason.trim() : null,
          },
        },
      });
      onClose();
    } catch (error) {
      const p = formProblemOf(error, (path) => ['givenOn', 'dose', 'delayReason'].includes(path));
      setErrors(p.fields);
      setProblem(p);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('oncology.record.title')}</Text>}>
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="record-administration-form">
        <Stack gap="md">
          <FormProblemAlert problem={problem} />
          <Text size="sm">
            <strong>{administration.drug}</strong> {administration.route} ·{' '}
            {t('oncology.record.planned', {
              date: formatLocalDate(administration.plannedDate, language),
              dose: `${administration.plannedDose} ${administration.unit}`,
            })}
          </Text>
          <SegmentedControl
            value={mode}
            onChange={(value) => {
              setMode(value === 'omit' ? 'omit' : 'given');
              setErrors({});
            }}
            data={[
              { value: 'given', label: t('oncology.record.modeGiven') },
              { value: 'omit', label: t('oncology.record.modeOmit') },
            ]}
            aria-label={t('oncology.record.modeLabel')}
            data-testid="record-mode"
          />
          {mode === 'omit' ? (
            <Textarea
              label={t('oncology.record.omitReason')}
              description={t('oncology.record.omitHint')}
              required
              autosize
              minRows={2}
              value={omitReason}
              onChange={(e) => setOmitReason(e.currentTarget.value)}
              error={errors['reason']}
              data-testid="record-omit-reason"
            />
          ) : (
            <>
              <TextInput
                type="date"
                label={t('oncology.record.givenOn')}
                required
                max={today}
                value={givenOn}
                onChange={(e) => setGivenOn(e.currentTarget.value)}
                error={errors['givenOn']}
                data-testid="record-given-on"
              />
              <NumberInput
                label={t('oncology.record.dose', { unit: administration.unit })}
                required
                min={0}
                decimalScale={3}
                value={dose}
                onChange={setDose}
                error={errors['dose']}
                data-testid="record-dose"
              />
              {late ? (
                <Textarea
                  label={t('oncology.record.delayReason')}
                  description={t('oncology.record.delayHint', {
                    count: Math.max(0, Math.round((Date.parse(givenOn) - Date.parse(administration.plannedDate)) / 86_400_000)),
                  })}
                  required
                  autosize
                  minRows={2}
                  value={delayReason}
                  onChange={(e) => setDelayReason(e.currentTarget.value)}
                  error={errors['delayReason']}
                  data-testid="record-delay-reason"
                />
              ) : null}
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={mode === 'omit' ? 'gray' : undefined}
              loading={loading || omitting.loading}
              data-testid="record-submit"
            >
              {mode === 'omit' ? t('oncology.record.submitOmit') : t('oncology.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The plan as a grid, one row per drug and one column per week, each dose a chip with its state
 * (icon, text and colour). Due and overdue doses open "record administration" for those who may.
 */
export function TreatmentCalendar({
  startDate,
  administrations,
  canRecord,
}: {
  startDate: string;
  administrations: readonly ChemoAdministrationFieldsFragment[];
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = hospitalDate(new Date());
  const calendar = useMemo(() => buildCalendar(startDate, administrations), [startDate, administrations]);
  const [recording, setRecording] = useState<ChemoAdministrationFieldsFragment | null>(null);

  if (calendar.rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('oncology.calendar.empty')}
      </Text>
    );
  }

  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap" aria-label={t('oncology.calendar.legend')} role="list">
        {STATES.map((state) => {
          const { color, icon: StateIcon } = DOSE_STYLE[state];
          return (
            <Badge
              key={state}
              role="listitem"
              variant="light"
              color={color}
              leftSection={<StateIcon size={12} aria-hidden="true" />}
              data-testid={`calendar-count-${state}`}
            >
              {t(`oncology.state.${state}`)}: {calendar.counts[state]}
            </Badge>
          );
        })}
      </Group>
      {calendar.counts.overdue > 0 ? (
        <Text size="sm" c="red.8" role="note">
          <IconAlertTriangle size={14} aria-hidden="true" style={{ verticalAlign: '-2px', marginRight: 4 }} />
          {t('oncology.calendar.overdueNote', { count: calendar.counts.overdue })}
        </Text>
      ) : null}
      <ScrollArea type="auto" offsetScrollbars>
        <table className="chemo-calendar" data-testid="treatment-calendar">
          <caption className="visually-hidden">{t('oncology.calendar.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('oncology.calendar.drug')}</th>
              {calendar.weeks.map((w) => (
                <th key={w} scope="col">
                  {t('oncology.calendar.week', { n: w + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {calendar.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  {row.drug}
                  <Text span size="xs" c="dimmed" ml={4}>
                    {row.route}
                  </Text>
                </th>
                {calendar.weeks.map((w) => (
                  <td key={w}>
                    {(row.cells.get(w) ?? []).map(({ administration: a, state, day }) => {
                      const { icon: StateIcon } = DOSE_STYLE[state];
                      const label = t('oncology.calendar.doseLabel', {
                        drug: a.drug,
                        day,
                        date: formatLocalDate(a.plannedDate, language),
                        state: t(`oncology.state.${state}`),
                      });
                      const content = (
                        <>
                          <StateIcon size={14} aria-hidden="true" />
                          <span className="dose-chip__day">{t('oncology.calendar.day', { n: day })}</span>
                          <span className="dose-chip__state">{t(`oncology.state.${state}`)}</span>
                        </>
                      );
                      const why = a.delayReason ?? a.omissionReason;
                      const title = why ? `${label} — ${why}` : label;
                      return canRecord && isRecordable(state) ? (
                        <button
                          key={a.id}
                          type="button"
                          className="dose-chip"
                          data-state={state}
                          data-testid="dose-chip"
                          data-drug={a.drug}
                          aria-label={`${label}. ${t('oncology.record.title')}`}
                          title={title}
                          onClick={() => setRecording(a)}
                        >
                          {content}
                        </button>
                      ) : (
                        <span key={a.id} className="dose-chip" data-state={state} data-testid="dose-chip" data-drug={a.drug} title={title} aria-label={label} role="img">
                          {content}
                        </span>
                      );
                    })}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {recording ? <RecordAdministrationDialog administration={recording} today={today} onClose={() => setRecording(null)} /> : null}
    </Stack>
  );
}

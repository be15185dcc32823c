import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, List, Modal, Paper, Skeleton, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconAlertTriangle, IconArchive, IconPencil } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FormProblem } from '../../../app/form-errors';
import { hasCode } from '../../../app/graphql-errors';
import { formatDateTime } from '../../../app/i18n/format';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { NotAvailablePage } from '../../../app/NotAvailablePage';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { useSignedInSession } from '../../../app/session/session-store';
import { ErrorState } from '../../../app/ui/ErrorState';
import { FormProblemAlert } from '../../../app/ui/FormProblemAlert';
import { OncologyNav } from '../components/OncologyNav';
import { ProtocolBadges } from '../components/ProtocolBadges';
import { ProtocolDetailQuery, RetireProtocolMutation } from '../graphql/protocols.graphql';
import { translatedProblem } from '../refusal';
import { protocolPath } from './ProtocolLibraryPage';

interface DoseView {
  unit: string;
  dosePerM2?: number | null;
  dosePerKg?: number | null;
  maxDose?: number | null;
  smallChildWeightKg?: number | null;
  smallChildDosePerKg?: number | null;
}

/** "1.5 mg/m²", "45 µg/kg". */
function useDoseText() {
  const { t } = useTranslation();
  return (dose: DoseView) =>
    dose.dosePerM2 != null ? t('protocolLibrary.perM2', { dose: dose.dosePerM2, unit: dose.unit }) : t('protocolLibrary.perKg', { dose: dose.dosePerKg ?? 0, unit: dose.unit });
}

function RetireDialog({ protocolId, name, onClose }: { protocolId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [retire, { loading }] = useMutation(RetireProtocolMutation, { refetchQueries: ['ProtocolDetail', 'ProtocolLibrary', 'Protocols'], awaitRefetchQueries: true });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') {
      setError(t('forms.required'));
      return;
    }
    try {
      await retire({ variables: { input: { protocolId, reason } } });
      onClose();
    } catch (err) {
      const p = translatedProblem(err, (path) => path === 'reason');
      setError(p.fields['reason'] ?? null);
      setProblem(p);
    }
  };
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('protocolLibrary.retire.title', { name })}</Text>} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form noValidate onSubmit={(e) => void submit(e)} data-testid="retire-form">
        <Stack gap="md">
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
            <Text size="sm">{t('protocolLibrary.retire.warning')}</Text>
          </Alert>
          <FormProblemAlert problem={problem} />
          <Textarea label={t('protocolLibrary.retire.reason')} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error} data-testid="retire-reason" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="retire-confirm">
              {t('protocolLibrary.retire.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One protocol revision: its phases and doses, its revisions; revise or retire it. */
export function ProtocolPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const canManage = useSignedInSession().permissions.has(Permission.MANAGE_PROTOCOLS);
  const doseText = useDoseText();
  const [retiring, setRetiring] = useState(false);
  const { data, error, refetch } = useQuery(ProtocolDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (hasCode(error, 'FORBIDDEN')) return <NotAvailablePage />;
  if (hasCode(error, 'BAD_USER_INPUT')) return <NotFoundPage />;
  const protocol = data?.node && data.node.__typename === 'Protocol' ? data.node : null;
  if (data && !protocol) return <NotFoundPage />;

  if (!protocol) {
    return (
      <Stack gap="lg">
        <OncologyNav />
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <Stack gap="sm" aria-busy="true">
            <Skeleton height={36} width="50%" aria-hidden="true" />
            <Skeleton height={200} aria-hidden="true" />
          </Stack>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <title>{`${protocol.name} · ${t('app.name')}`}</title>
      <OncologyNav />
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={1} size="h2" data-testid="protocol-name">
            {protocol.name}
          </Title>
          <Text size="sm" c="gray.7">
            <span className="mrn">{protocol.code}</span> · {t(`enums.CancerType.${protocol.cancerType}`)} · {t('protocolLibrary.revisionOf', { revision: protocol.revision })}
          </Text>
          <ProtocolBadges state={protocol.state} example={protocol.example} />
        </Stack>
        {canManage && protocol.state === 'CURRENT' ? (
          <Group gap="sm">
            <Button component={Link} to={`${protocolPath(protocol.id)}/revise`} leftSection={<IconPencil size={16} aria-hidden="true" />} data-testid="protocol-revise">
              {t('protocolLibrary.revise')}
            </Button>
            <Button variant="outline" color="red" onClick={() => setRetiring(true)} leftSection={<IconArchive size={16} aria-hidden="true" />} data-testid="protocol-retire">
              {t('protocolLibrary.retire.action')}
            </Button>
          </Group>
        ) : null}
      </Group>

      {protocol.example ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />} data-testid="protocol-example-warning">
          <Text size="sm">{t('protocolLibrary.exampleWarning')}</Text>
        </Alert>
      ) : null}
      {protocol.state === 'RETIRED' ? (
        <Alert color="gray" variant="light" data-testid="protocol-retired">
          <Text size="sm">
            {t('protocolLibrary.retiredOn', { date: formatDateTime(protocol.retiredAt as string, language), reason: protocol.retirementReason ?? '' })}
          </Text>
        </Alert>
      ) : null}
      {protocol.state === 'SUPERSEDED' && protocol.revisions[0] ? (
        <Alert color="gray" variant="light">
          <Anchor component={Link} to={protocolPath(protocol.revisions[0].id)}>
            {t('protocolLibrary.seeCurrent', { revision: protocol.revisions[0].revision })}
          </Anchor>
        </Alert>
      ) : null}
      {protocol.description ? <Text size="sm">{protocol.description}</Text> : null}
      {protocol.revisionNote ? (
        <Text size="sm">
          <strong>{t('protocolLibrary.whatChanged')}</strong> {protocol.revisionNote}
        </Text>
      ) : null}

      {protocol.phases.map((phase) => (
        <Paper key={phase.position} withBorder radius="md" p="md">
          <Title order={2} size="h4">
            {t('protocolLibrary.phaseHeading', { position: phase.position, name: phase.name })}
          </Title>
          <Text size="sm" c="gray.7" mb="xs">
            {t('protocolLibrary.phaseDays', { start: phase.startDay, end: phase.endDay })}
            {phase.milestone ? ` · ${phase.milestone}` : ''}
          </Text>
          {phase.doses.length > 0 ? (
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing={4} data-testid="protocol-doses">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('protocolLibrary.form.day')}</Table.Th>
                    <Table.Th scope="col">{t('protocolLibrary.form.drug')}</Table.Th>
                    <Table.Th scope="col">{t('protocolLibrary.form.dose')}</Table.Th>
                    <Table.Th scope="col">{t('protocolLibrary.form.maxDose')}</Table.Th>
                    <Table.Th scope="col">{t('protocolLibrary.form.route')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {phase.doses.map((dose, i) => (
                    <Table.Tr key={`${dose.drug}-${dose.dayOffset}-${i}`}>
                      <Table.Td>{dose.dayOffset}</Table.Td>
                      <Table.Td>{dose.drug}</Table.Td>
                      <Table.Td>
                        {doseText(dose)}
                        {dose.smallChildWeightKg != null ? (
                          <Text size="xs" c="gray.7">
                            {t('protocolLibrary.smallChild', { dose: dose.smallChildDosePerKg ?? 0, unit: dose.unit, weight: dose.smallChildWeightKg })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>{dose.maxDose != null ? `${dose.maxDose} ${dose.unit}` : '—'}</Table.Td>
                      <Table.Td>{dose.route}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Paper>
      ))}

      <Paper withBorder radius="md" p="md">
        <Title order={2} size="h4" mb="xs">
          {t('protocolLibrary.revisions')}
        </Title>
        <List spacing="xs" data-testid="protocol-revisions">
          {protocol.revisions.map((r) => (
            <List.Item key={r.id}>
              <Group gap="xs" wrap="wrap">
                {r.id === protocol.id ? (
                  <Text fw={700} size="sm">
                    {t('protocolLibrary.revisionOf', { revision: r.revision })}
                  </Text>
                ) : (
                  <Anchor component={Link} to={protocolPath(r.id)} size="sm">
                    {t('protocolLibrary.revisionOf', { revision: r.revision })}
                  </Anchor>
                )}
                <Text size="xs" c="gray.7">
                  {formatDateTime(r.createdAt, language)}
                </Text>
                <ProtocolBadges state={r.state} example={r.example} />
                {r.revisionNote ? <Text size="xs">{r.revisionNote}</Text> : null}
              </Group>
            </List.Item>
          ))}
        </List>
      </Paper>
      {retiring ? <RetireDialog protocolId={protocol.id} name={protocol.name} onClose={() => setRetiring(false)} /> : null}
    </Stack>
  );
}

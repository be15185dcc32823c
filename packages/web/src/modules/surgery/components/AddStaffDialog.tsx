import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemOf } from '../../../app/form-errors';
import type { CreateStaffMemberMutation as Created, Specialty, StaffRole } from '../../../generated/graphql';
import { CreateStaffMemberMutation } from '../graphql/staff-directory.query';
import { MutationErrorAlert } from './common';

export const STAFF_ROLES: StaffRole[] = ['SURGEON', 'ANAESTHETIST', 'NURSE', 'RESIDENT', 'OTHER'];
export const SPECIALTIES: Specialty[] = ['GENERAL_SURGERY', 'PAEDIATRIC_SURGERY', 'OBSTETRICS_GYNAECOLOGY', 'BREAST_SURGERY', 'ENT', 'PLASTIC_SURGERY', 'UROLOGY', 'PAEDIATRIC_ONCOLOGY'];

export type CreatedStaffMember = Created['createStaffMember'];

/** Add a staff member, local or visiting: names in Latin and (where given) Khmer and Japanese script. */
export function AddStaffDialog({ visiting: visitingAtFirst = false, institution: institutionAtFirst = '', onClose, onCreated }: {
  visiting?: boolean;
  institution?: string;
  onClose: () => void;
  onCreated: (staff: CreatedStaffMember) => void;
}) {
  const { t } = useTranslation();
  const [create] = useMutation(CreateStaffMemberMutation);
  const [name, setName] = useState('');
  const [nameKhmer, setNameKhmer] = useState('');
  const [nameJapanese, setNameJapanese] = useState('');
  const [role, setRole] = useState<StaffRole>('SURGEON');
  const [specialty, setSpecialty] = useState<Specialty | ''>('');
  const [visiting, setVisiting] = useState(visitingAtFirst);
  const [institution, setInstitution] = useState(institutionAtFirst);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!name.trim()) found['name'] = t('staffDirectory.problems.NAME');
    if (visiting && !institution.trim()) found['institution'] = t('staffDirectory.problems.INSTITUTION');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            nameKhmer: nameKhmer.trim() || null,
            nameJapanese: nameJapanese.trim() || null,
            role,
            specialty: specialty || null,
            visiting,
            institution: institution.trim() || null,
          },
        },
      });
      if (result.data) onCreated(result.data.createStaffMember);
      onClose();
    } catch (error) {
      const problem = formProblemOf(error, (path) => ['name', 'nameKhmer', 'nameJapanese', 'institution'].includes(path));
      setErrors(problem.fields);
      if (problem.form.length > 0 || problem.failed) setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('staffDirectory.addTitle')}</Text>} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="add-staff">
        <Stack gap="sm">
          <TextInput label={t('staffDirectory.name')} description={t('staffDirectory.nameHint')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors['name']} required data-autofocus data-testid="add-staff-name" />
          <TextInput label={t('staffDirectory.nameKhmer')} description={t('common.optional')} value={nameKhmer} onChange={(e) => setNameKhmer(e.currentTarget.value)} error={errors['nameKhmer']} lang="km" data-testid="add-staff-name-khmer" />
          <TextInput label={t('staffDirectory.nameJapanese')} description={t('common.optional')} value={nameJapanese} onChange={(e) => setNameJapanese(e.currentTarget.value)} error={errors['nameJapanese']} lang="ja" data-testid="add-staff-name-japanese" />
          <Group grow align="flex-start">
            <NativeSelect label={t('staffDirectory.role')} value={role} onChange={(e) => setRole(e.currentTarget.value as StaffRole)} data={STAFF_ROLES.map((r) => ({ value: r, label: t(`enums.StaffRole.${r}`) }))} data-testid="add-staff-role" />
            <NativeSelect
              label={t('staffDirectory.specialty')}
              value={specialty}
              onChange={(e) => setSpecialty(e.currentTarget.value as Specialty | '')}
              data={[{ value: '', label: t('staffDirectory.noSpecialty') }, ...SPECIALTIES.map((s) => ({ value: s, label: t(`enums.Specialty.${s}`) }))]}
              data-testid="add-staff-specialty"
            />
          </Group>
          <Switch label={t('staffDirectory.visitingSwitch')} checked={visiting} onChange={(e) => setVisiting(e.currentTarget.checked)} data-testid="add-staff-visiting" />
          <TextInput
            label={t('staffDirectory.institution')}
            description={visiting ? t('staffDirectory.institutionHint') : t('common.optional')}
            value={institution}
            onChange={(e) => setInstitution(e.currentTarget.value)}
            error={errors['institution']}
            required={visiting}
            data-testid="add-staff-institution"
          />
          {failure ? <MutationErrorAlert error={failure} testId="add-staff-error" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.close')}
            </Button>
            <Button type="submit" loading={busy} data-testid="add-staff-submit">
              {t('staffDirectory.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

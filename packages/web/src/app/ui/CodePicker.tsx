import { useQuery } from '@apollo/client/react';
import { CloseButton, Combobox, Group, InputBase, Pill, Stack, Text, VisuallyHidden, useCombobox } from '@mantine/core';
import { useDebouncedValue, useId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../generated';
import type { CodeSystem, Specialty } from '../../generated/graphql';
import { codeLabel, codeTitle, type ListPickerProps, type PickedCode, type PickerProps } from './code-label';

export type { PickedCode } from './code-label';

/**
 * Searchable pickers for the code lists (ICD-10, ICD-O-3, the hospital's procedure list). The
 * lists stay on the server: each keystroke (debounced) asks for the first matches, so no list is
 * ever in the bundle. ARIA combobox pattern (Mantine's Combobox): the input is the combobox, the
 * matches its listbox; ↓/↑ move through them, Enter picks, Escape closes.
 */

export const DiagnosisCodesQuery = graphql(`
  query DiagnosisCodes($search: String!, $system: CodeSystem, $first: Int) {
    diagnosisCodes(search: $search, system: $system, first: $first) {
      system
      code
      title
      titleJapanese
      titleKhmer
    }
  }
`);

export const ProceduresQuery = graphql(`
  query Procedures($search: String, $specialty: Specialty, $first: Int) {
    procedures(search: $search, specialty: $specialty, first: $first) {
      system
      code
      title
      titleJapanese
      titleKhmer
      classification
      classificationCode
    }
  }
`);

const MIN_SEARCH = 2;
const PAGE = 15;

/** Matches for what was typed, asked of the server. */
function useMatches(system: CodeSystem, search: string, specialty: Specialty | null | undefined) {
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const procedures = system === 'PROCEDURE';
  const tooShort = debounced.length < MIN_SEARCH;
  const diagnoses = useQuery(DiagnosisCodesQuery, { variables: { search: debounced, system, first: PAGE }, skip: procedures || tooShort });
  const list = useQuery(ProceduresQuery, { variables: { search: debounced, specialty: specialty ?? null, first: PAGE }, skip: !procedures || tooShort });
  const matches: PickedCode[] = (procedures ? list.data?.procedures : diagnoses.data?.diagnosisCodes) ?? [];
  const settled = debounced === search.trim();
  return { matches: tooShort ? [] : matches, loading: !tooShort && (!settled || diagnoses.loading || list.loading), tooShort: search.trim().length < MIN_SEARCH };
}

/** One code: type to search, pick with the keyboard or the mouse; a picked code shows as "K40.9 Title". */
export function CodePicker({ label: field, value, onChange, system, specialty, error, description, required, testId }: PickerProps) {
  const { t, i18n } = useTranslation();
  const label = t(`codes.${field}`);
  const [search, setSearch] = useState('');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { matches, loading, tooShort } = useMatches(system, search, specialty);
  const shown = value ? codeLabel(value, i18n.language) : search;

  const pick = (code: string) => {
    const found = matches.find((m) => m.code === code);
    if (found) onChange(found);
    setSearch('');
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      {/* Mantine leaves aria-expanded and the combobox role to the caller. */}
      <Combobox.Target withExpandedAttribute>
        <InputBase
          role="combobox"
          aria-autocomplete="list"
          label={label}
          description={description}
          required={required}
          error={error}
          value={shown}
          placeholder={t('codes.search')}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            if (value) onChange(null);
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          rightSection={
            value ? (
              <CloseButton size="sm" aria-label={t('codes.clear', { label })} onMouseDown={(e) => e.preventDefault()} onClick={() => onChange(null)} data-testid={`${testId}-clear`} />
            ) : null
          }
          rightSectionPointerEvents={value ? 'all' : 'none'}
          data-testid={testId}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={Boolean(value)}>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }} data-testid={`${testId}-options`}>
          {matches.map((m) => (
            <Combobox.Option value={m.code} key={m.code} data-testid={`${testId}-option`}>
              <Text size="sm" span fw={600}>
                {m.code}
              </Text>{' '}
              <Text size="sm" span>
                {codeTitle(m, i18n.language)}
              </Text>
            </Combobox.Option>
          ))}
          {matches.length === 0 ? <Combobox.Empty>{tooShort ? t('codes.typeMore') : loading ? t('codes.loading') : t('codes.noMatch')}</Combobox.Empty> : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** Several codes (secondary diagnoses, procedures performed): a picker that adds, and the codes picked, each removable. */

export function CodeListPicker({ label, values, onChange, ...props }: ListPickerProps) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  return (
    <Stack gap={4}>
      <CodePicker
        {...props}
        label={label}
        value={null}
        onChange={(picked) => {
          if (picked && !values.some((v) => v.code === picked.code)) onChange([...values, picked]);
        }}
      />
      {values.length > 0 ? (
        <Group gap={6} role="list" aria-labelledby={listId} data-testid={`${props.testId}-picked`}>
          <VisuallyHidden id={listId}>{t(`codes.${label}`)}</VisuallyHidden>
          {values.map((v) => (
            <Pill
              key={v.code}
              role="listitem"
              withRemoveButton
              onRemove={() => onChange(values.filter((x) => x.code !== v.code))}
              removeButtonProps={{ 'aria-label': t('codes.remove', { code: v.code }) }}
            >
              {codeLabel(v, i18n.language)}
            </Pill>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}

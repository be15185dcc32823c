import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { loadPageText } from '../i18n';
import type { ListPickerProps, PickerProps } from './code-label';

// The picker (Mantine's combobox, its queries) and its text load when a form shows one, not
// with the page: the patient page's first download stays within its budget.
const load = () => Promise.all([import('./CodePicker'), loadPageText('codePicker')]).then(([module]) => module);
const Picker = lazy(async () => ({ default: (await load()).CodePicker }));
const ListPicker = lazy(async () => ({ default: (await load()).CodeListPicker }));

/** `CodePicker`, loaded on first use. */
export function LazyCodePicker(props: PickerProps) {
  return (
    <Suspense fallback={<Skeleton height={58} radius="sm" />}>
      <Picker {...props} />
    </Suspense>
  );
}

/** `CodeListPicker`, loaded on first use. */
export function LazyCodeListPicker(props: ListPickerProps) {
  return (
    <Suspense fallback={<Skeleton height={58} radius="sm" />}>
      <ListPicker {...props} />
    </Suspense>
  );
}

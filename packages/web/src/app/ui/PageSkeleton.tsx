import { Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder while a page's code or first data loads. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true">
      <VisuallyHidden role="status">{t('common.loading')}</VisuallyHidden>
      <Skeleton height={34} width="40%" radius="sm" />
      <Skeleton height={20} width="65%" radius="sm" />
      <Skeleton height={220} radius="md" />
    </Stack>
  );
}

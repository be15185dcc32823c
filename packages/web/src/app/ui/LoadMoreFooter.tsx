import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Under a paged list: how many are shown, "Load more" while there are more, and a failed load. */
export function LoadMoreFooter({
  shownText,
  loadMoreText,
  hasMore,
  loading,
  failed,
  onLoadMore,
  testId,
}: {
  shownText: string;
  loadMoreText: string;
  hasMore: boolean;
  loading: boolean;
  failed: boolean;
  onLoadMore: () => Promise<unknown>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm" c="dimmed">
          {shownText}
        </Text>
        {hasMore ? (
          <Button variant="default" onClick={() => void onLoadMore()} loading={loading} data-testid={testId}>
            {loadMoreText}
          </Button>
        ) : null}
      </Group>
      {failed ? (
        <Text size="sm" c="red.8" role="alert">
          {t('errors.loadMoreFailed')}
        </Text>
      ) : null}
    </>
  );
}

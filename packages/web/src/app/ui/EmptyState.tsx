import { Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({ icon, title, hint }: { icon: ReactNode; title: string; hint?: string }) {
  return (
    <Paper withBorder radius="md" p="xl">
      <Stack align="center" gap="xs" ta="center">
        <ThemeIcon variant="light" color="gray" size={48} radius="xl" aria-hidden="true">
          {icon}
        </ThemeIcon>
        <Text fw={600}>{title}</Text>
        {hint ? (
          <Text size="sm" c="dimmed" maw={480}>
            {hint}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

import { Anchor, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Permission } from '@pj/shared';
import { IconChartBar, IconClipboardList, IconLock, IconShieldSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mayOpen } from '../../app/route-access';
import { useSignedInSession } from '../../app/session/session-store';

/**
 * The start page of roles that cannot open patient records (analysts, for now): what they can
 * use here, and what is coming.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { user, roles, permissions } = useSignedInSession();
  const roleNames = roles.map((role) => t(`enums.Role.${role}`)).join(', ') || t('auth.noRole');
  const canAudit = permissions.has(Permission.READ_AUDIT_LOG);
  // Offered only where the role may open it (the same rule as every link: app/route-access.ts).
  const canWorklists = mayOpen('/referrals', permissions);

  return (
    <Stack gap="lg" maw={720} data-testid="role-home">
      <title>{`${t('home.title')} · ${t('app.name')}`}</title>
      <Stack gap={4}>
        <Title order={1}>{t('home.welcome', { name: user.displayName })}</Title>
        <Text c="dimmed">{t('home.signedInAs', { roles: roleNames })}</Text>
      </Stack>

      <Paper withBorder radius="md" p="lg">
        <Title order={2} size="h4" mb="sm">
          {t('home.whatYouCanUse')}
        </Title>
        <List spacing="md" center>
          {canAudit ? (
            <List.Item
              icon={
                <ThemeIcon variant="light" radius="xl" size={32} aria-hidden="true">
                  <IconShieldSearch size={18} stroke={1.8} />
                </ThemeIcon>
              }
            >
              <Anchor component={Link} to="/audit" fw={600} c="clinical.8">
                {t('app.nav.audit')}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('home.auditHint')}
              </Text>
            </List.Item>
          ) : null}
          {canWorklists ? (
            <List.Item
              icon={
                <ThemeIcon variant="light" radius="xl" size={32} aria-hidden="true">
                  <IconChartBar size={18} stroke={1.8} />
                </ThemeIcon>
              }
            >
              <Anchor component={Link} to="/reports/referrals" fw={600} c="clinical.8" data-testid="home-referral-report">
                {t('reports.title')}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('reports.homeHint')}
              </Text>
            </List.Item>
          ) : null}
          {canWorklists ? (
            <List.Item
              icon={
                <ThemeIcon variant="light" color="gray" radius="xl" size={32} aria-hidden="true">
                  <IconClipboardList size={18} stroke={1.8} />
                </ThemeIcon>
              }
            >
              <Anchor component={Link} to="/referrals" fw={600} c="clinical.8">
                {t('app.nav.referrals')}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('home.referralsHint')}
              </Text>
            </List.Item>
          ) : null}
          <List.Item
            icon={
              <ThemeIcon variant="light" color="gray" radius="xl" size={32} aria-hidden="true">
                <IconLock size={18} stroke={1.8} />
              </ThemeIcon>
            }
          >
            <Text fw={600}>{t('home.noPatients')}</Text>
            <Text size="sm" c="dimmed">
              {t('home.noPatientsHint')}
            </Text>
          </List.Item>
        </List>
      </Paper>
    </Stack>
  );
}

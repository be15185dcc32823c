import { Menu, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconKey, IconLock, IconLogout2, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lockScreen, signOutEverywhere } from './session/load-session';
import type { SignedInSession } from './session/session-store';

/** Who is signed in, and their menu: lock the screen now (leaving the computer), or end every session of this user. */
export default function UserMenu({ session }: { session: SignedInSession }) {
  const { t } = useTranslation();
  const roles = session.roles.map((role) => t(`enums.Role.${role}`)).join(', ');
  const [everywhereFailed, setEverywhereFailed] = useState(false);

  return (
    <>
      {/* The user menu: lock the screen now (leaving the computer), or end every session of this user. */}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton
            className="current-user"
            data-testid="current-user"
            title={`${session.user.displayName} (${session.user.username})`}
          >
            <IconUserCircle size={26} stroke={1.5} aria-hidden="true" className="current-user__icon" />
            <span className="current-user__text">
              <span className="current-user__name">{session.user.displayName}</span>
              <span className="current-user__roles" data-testid="current-user-roles">
                <VisuallyHidden component="span">{t('auth.rolesLabel')}: </VisuallyHidden>
                {roles || t('auth.noRole')}
              </span>
            </span>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to="/account/tokens" data-testid="my-api-tokens" leftSection={<IconKey size={16} aria-hidden="true" />}>
            {t('accounts.tokens.title')}
          </Menu.Item>
          <Menu.Item data-testid="lock-now" leftSection={<IconLock size={16} aria-hidden="true" />} onClick={() => void lockScreen()}>
            {t('lock.lockNow')}
          </Menu.Item>
          <Menu.Item
            data-testid="sign-out-everywhere"
            leftSection={<IconLogout2 size={16} aria-hidden="true" />}
            onClick={() => {
              setEverywhereFailed(false);
              void signOutEverywhere().then((done) => setEverywhereFailed(!done));
            }}
          >
            {t('lock.signOutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {everywhereFailed ? (
        <VisuallyHidden role="alert" data-testid="sign-out-everywhere-failed">
          {t('lock.signOutEverywhereFailed')}
        </VisuallyHidden>
      ) : null}
    </>
  );
}

import { Container } from '@mantine/core';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { PageSkeleton } from './ui/PageSkeleton';

/** The frame of the sign-in page: the app's name and the language switch, nothing that needs a session. */
export function AuthLayout() {
  return (
    <>
      <header className="app-header">
        <Container size="xl" className="app-header__inner">
          <Brand />
          <div className="app-header__end">
            <LanguageSwitch />
          </div>
        </Container>
      </header>
      <main id="main" className="app-main auth-main">
        <Container size={440}>
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        </Container>
      </main>
    </>
  );
}

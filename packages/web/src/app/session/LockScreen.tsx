import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconClockHour4, IconLock, IconLockOpen, IconLogin } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoginProblem } from '../../modules/auth/login-problem';
import type { SessionUser } from './session-store';

type Problem = LoginProblem | { kind: 'ended' };

function ProblemText({ problem, unlocking }: { problem: Problem; unlocking: boolean }) {
  const { t } = useTranslation();
  if (problem.kind === 'ended') return null;
  const throttled = problem.kind === 'throttled';
  const title = throttled ? t('auth.throttledTitle') : problem.kind === 'invalid' ? (unlocking ? t('lock.wrongPassword') : t('auth.invalidTitle')) : t('errors.title');
  const body = throttled
    ? problem.retryAfterSeconds === null
      ? t('auth.throttledBodyUnknown')
      : t('auth.throttledBody', { count: problem.retryAfterSeconds })
    : problem.kind === 'invalid'
      ? t('auth.invalidBody')
      : problem.kind === 'network'
        ? t('errors.network')
        : t('errors.server');
  return (
    <Alert
      color={throttled ? 'orange' : 'red'}
      variant="light"
      role="alert"
      title={title}
      icon={throttled ? <IconClockHour4 aria-hidden="true" /> : <IconAlertTriangle aria-hidden="true" />}
      data-testid="lock-error"
      data-problem={problem.kind}
    >
      <Text size="sm">{body}</Text>
    </Alert>
  );
}

/**
 * What a locked screen shows instead of the page: whose session it is, their password to
 * unlock (back to the same page, which loads again), or another person's sign-in (which ends
 * the locked session). Nothing of the page or its data is in the document meanwhile.
 */
export function LockScreen({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'unlock' | 'switch'>('unlock');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const usernameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (mode === 'unlock' ? passwordRef : usernameRef).current?.focus();
  }, [mode]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (password === '' || (mode === 'switch' && username.trim() === '')) {
      (mode === 'switch' && username.trim() === '' ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    const data = await import('../data');
    const found = mode === 'unlock' ? await data.unlockScreen(password) : await data.signInFromLockScreen(username.trim(), password);
    // Back in (or sent to sign in): this screen is gone.
    if (!found) return;
    setBusy(false);
    setProblem(found);
    if (found.kind === 'invalid') setPassword('');
    passwordRef.current?.focus();
  };

  const name = user?.displayName ?? null;

  return (
    <Stack gap="lg" maw={460} mx="auto" mt="xl" data-testid="lock-screen">
      <title>{`${t('lock.title')} · ${t('app.name')}`}</title>
      <Paper withBorder radius="md" p="xl" shadow="xs" component="section" aria-labelledby="lock-title">
        <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="lock-form" data-mode={mode}>
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} size="h2" id="lock-title">
                <IconLock size={24} stroke={1.8} aria-hidden="true" style={{ verticalAlign: 'text-bottom', marginInlineEnd: 8 }} />
                {t('lock.title')}
              </Title>
              <Text size="sm" data-testid="lock-user">
                {name ? t('lock.intro', { name }) : t('lock.introUnknown')}
              </Text>
              <Text c="dimmed" size="xs">
                {t('lock.why')}
              </Text>
            </Stack>

            {problem ? <ProblemText problem={problem} unlocking={mode === 'unlock'} /> : null}

            {mode === 'switch' ? (
              <>
                <Text size="sm">{name ? t('lock.someoneElseHint', { name }) : t('lock.someoneElseHintUnknown')}</Text>
                <TextInput
                  ref={usernameRef}
                  data-testid="lock-username"
                  name="username"
                  label={t('auth.username')}
                  value={username}
                  onChange={(e) => setUsername(e.currentTarget.value)}
                  autoComplete="username"
                  autoCapitalize="none"
                  autoCorrect="off"
                  spellCheck={false}
                  required
                  withAsterisk={false}
                  size="md"
                />
              </>
            ) : null}
            <PasswordInput
              ref={passwordRef}
              data-testid="lock-password"
              name="password"
              label={t('lock.password')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              autoComplete="current-password"
              required
              withAsterisk={false}
              size="md"
              visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            />
            <Button
              type="submit"
              size="md"
              loading={busy}
              data-testid="lock-submit"
              leftSection={mode === 'unlock' ? <IconLockOpen size={18} aria-hidden="true" /> : <IconLogin size={18} aria-hidden="true" />}
            >
              {mode === 'unlock' ? t('lock.unlock') : t('auth.submit')}
            </Button>
            <Anchor
              component="button"
              type="button"
              size="sm"
              data-testid="lock-switch"
              onClick={() => {
                setProblem(null);
                setPassword('');
                setMode(mode === 'unlock' ? 'switch' : 'unlock');
              }}
            >
              {mode === 'unlock' ? t('lock.someoneElse') : t('lock.back')}
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

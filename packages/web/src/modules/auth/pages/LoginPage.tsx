import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconClockHour4, IconInfoCircle, IconLogin } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { startSession } from '../../../app/data';
import { loadSession } from '../../../app/session/load-session';
import { isLoginNotice, NEXT_PARAM, REASON_PARAM, safeNext } from '../../../app/session/paths';
import { useSession } from '../../../app/session/session-store';
import { reasonText } from '../../../app/refusals';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { LoginMutation } from '../graphql/login.mutation';
import { loginProblemOf, type LoginProblem } from '../login-problem';

/** Seconds left until `until` (a timestamp), counting down once a second; 0 when passed. */
function useSecondsUntil(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= until) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

function ProblemAlert({ problem }: { problem: LoginProblem }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  let title: string;
  let body: string;
  switch (problem.kind) {
    case 'invalid':
      title = t('auth.invalidTitle');
      body = t('auth.invalidBody');
      break;
    case 'throttled':
      title = t('auth.throttledTitle');
      body =
        problem.retryAfterSeconds === null
          ? t('auth.throttledBodyUnknown')
          : t('auth.throttledBody', { count: problem.retryAfterSeconds });
      break;
    case 'network':
      title = t('errors.title');
      body = t('errors.network');
      break;
    case 'server':
      title = t('errors.title');
      body = t('errors.server');
      break;
    case 'mustChangePassword':
      title = t('accounts.login.mustChangeTitle');
      body = t('accounts.login.mustChangeBody');
      break;
    case 'newPasswordRefused':
      title = t('accounts.login.newPasswordRefused');
      body = reasonText(problem.reason, { min: 12, max: 128 }, language) ?? t('accounts.login.newPasswordRules');
      break;
    case 'accountDeactivated':
      title = reasonText('ACCOUNT_DEACTIVATED', {}, language) ?? t('errors.title');
      body = t('auth.help');
      break;
    case 'accountExpired':
      title = t('accounts.login.expiredTitle');
      body = problem.expiresAt
        ? (reasonText('ACCOUNT_EXPIRED', { expiresAt: problem.expiresAt }, language) ?? t('accounts.login.expiredTitle'))
        : t('accounts.login.expiredTitle');
      break;
  }
  return (
    <Alert
      color={problem.kind === 'throttled' ? 'orange' : problem.kind === 'mustChangePassword' ? 'clinical' : 'red'}
      variant="light"
      role="alert"
      title={title}
      icon={problem.kind === 'throttled' ? <IconClockHour4 aria-hidden="true" /> : <IconAlertTriangle aria-hidden="true" />}
      data-testid="login-error"
      data-problem={problem.kind}
    >
      <Text size="sm">{body}</Text>
    </Alert>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get(NEXT_PARAM));
  const reason = params.get(REASON_PARAM);
  const notice = isLoginNotice(reason) ? reason : null;
  const session = useSession();

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // After PASSWORD_CHANGE_REQUIRED: the new password, typed twice.
  const [changing, setChanging] = useState(false);
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const newPasswordRef = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState<{ username: boolean; password: boolean }>({ username: false, password: false });
  const [problem, setProblem] = useState<LoginProblem | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const waitSeconds = useSecondsUntil(retryAt);
  const [login, { loading }] = useMutation(LoginMutation);
  const [starting, setStarting] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // Opened directly (a bookmark, a new tab): someone may already be signed in.
  const sessionUnknown = session.status === 'loading';
  useEffect(() => {
    if (sessionUnknown) void loadSession();
  }, [sessionUnknown]);

  // Signed in (just now, or already when the page opened): go back where the user was.
  if (session.status === 'signed-in') return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading || starting || waitSeconds > 0) return;
    const name = username.trim();
    const nowMissing = { username: name === '', password: password === '' };
    setMissing(nowMissing);
    if (nowMissing.username || nowMissing.password) {
      (nowMissing.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    if (changing) {
      const differs = newPassword !== repeat || newPassword === '';
      setMismatch(differs);
      if (differs) {
        newPasswordRef.current?.focus();
        return;
      }
    }
    setProblem(null);
    try {
      const { data } = await login({ variables: { input: { username: name, password, ...(changing ? { newPassword } : {}) } } });
      if (!data) throw new Error('login returned no data');
      setStarting(true);
      await startSession(data.login.user);
    } catch (error) {
      setStarting(false);
      const found = loginProblemOf(error);
      setProblem(found);
      if (found.kind === 'throttled' && found.retryAfterSeconds !== null) {
        setRetryAt(Date.now() + found.retryAfterSeconds * 1000);
      }
      if (found.kind === 'invalid') setPassword('');
      if (found.kind === 'mustChangePassword') setChanging(true);
      if (found.kind === 'mustChangePassword' || found.kind === 'newPasswordRefused') {
        window.setTimeout(() => newPasswordRef.current?.focus(), 0);
        return;
      }
      passwordRef.current?.focus();
    }
  };

  const busy = loading || starting;

  return (
    <Stack gap="lg">
      <title>{`${t('auth.title')} · ${t('app.name')}`}</title>
      <Paper withBorder radius="md" p="xl" shadow="xs" component="section" aria-labelledby="login-title">
        <form noValidate onSubmit={(e) => void onSubmit(e)} data-testid="login-form">
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={1} size="h2" id="login-title">
                {t('auth.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('auth.intro')}
              </Text>
            </Stack>

            {notice === 'expired' && !problem ? (
              <Alert
                color="yellow"
                variant="light"
                role="status"
                icon={<IconClockHour4 aria-hidden="true" />}
                title={t('auth.expiredTitle')}
                data-testid="login-notice"
              >
                <Text size="sm">{t('auth.expiredBody')}</Text>
              </Alert>
            ) : null}
            {notice === 'signed-out' && !problem ? (
              <Alert color="clinical" variant="light" role="status" icon={<IconInfoCircle aria-hidden="true" />} data-testid="login-notice">
                <Text size="sm">{t('auth.signedOut')}</Text>
              </Alert>
            ) : null}
            {problem ? <ProblemAlert problem={problem} /> : null}

            <TextInput
              ref={usernameRef}
              data-testid="login-username"
              name="username"
              label={t('auth.username')}
              value={username}
              onChange={(e) => {
                setUsername(e.currentTarget.value);
                if (missing.username) setMissing((m) => ({ ...m, username: false }));
              }}
              error={missing.username ? t('auth.usernameMissing') : undefined}
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              enterKeyHint="next"
              required
              withAsterisk={false}
              autoFocus
              size="md"
            />
            <PasswordInput
              ref={passwordRef}
              data-testid="login-password"
              name="password"
              label={t('auth.password')}
              value={password}
              onChange={(e) => {
                setPassword(e.currentTarget.value);
                if (missing.password) setMissing((m) => ({ ...m, password: false }));
              }}
              error={missing.password ? t('auth.passwordMissing') : undefined}
              autoComplete="current-password"
              enterKeyHint="go"
              required
              withAsterisk={false}
              size="md"
              visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            />
            {changing ? (
              <>
                <PasswordInput
                  ref={newPasswordRef}
                  data-testid="login-new-password"
                  name="new-password"
                  label={t('accounts.login.newPassword')}
                  description={t('accounts.login.newPasswordRules')}
                  value={newPassword}
                  onChange={(e) => setNewPassword(e.currentTarget.value)}
                  autoComplete="new-password"
                  required
                  withAsterisk={false}
                  size="md"
                  visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
                />
                <PasswordInput
                  data-testid="login-new-password-repeat"
                  name="new-password-repeat"
                  label={t('accounts.login.repeatPassword')}
                  value={repeat}
                  onChange={(e) => setRepeat(e.currentTarget.value)}
                  error={mismatch ? t('accounts.login.mismatch') : undefined}
                  autoComplete="new-password"
                  required
                  withAsterisk={false}
                  size="md"
                  visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
                />
              </>
            ) : null}
            <Button
              type="submit"
              size="md"
              fullWidth
              data-testid="login-submit"
              loading={busy}
              disabled={waitSeconds > 0}
              leftSection={<IconLogin size={18} stroke={1.8} aria-hidden="true" />}
            >
              {waitSeconds > 0 ? t('auth.waitSeconds', { count: waitSeconds }) : changing ? t('accounts.login.changeAndSignIn') : t('auth.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text size="xs" c="dimmed" ta="center">
        {t('auth.help')}
      </Text>
    </Stack>
  );
}

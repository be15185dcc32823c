import type { TFunction } from 'i18next';
import { codeOf, graphQLErrorsOf, reasonOf } from '../../app/graphql-errors';
import { reasonText } from '../../app/refusals';

export interface Refusal {
  code: string | undefined;
  reason: string | undefined;
  field: string | undefined;
  params: Record<string, string | number>;
}

/** The first refusal in an Apollo error: its code, reason, field and the values it speaks of. */
export function refusalOf(error: unknown): Refusal | null {
  const [first] = graphQLErrorsOf(error);
  if (!first) return null;
  const params = first.extensions?.['params'];
  const field = first.extensions?.['field'];
  return {
    code: codeOf(first),
    reason: reasonOf(first),
    field: typeof field === 'string' ? field : undefined,
    params: params && typeof params === 'object' ? (params as Record<string, string | number>) : {},
  };
}

/**
 * What to tell the user about a failed change, in their language: the server's reason as
 * `reasonText` says it (follow-up statuses and kinds in its params named in the user's language)
 * when there is one, otherwise a sentence for the kind of failure. Never the server's English message.
 */
export function refusalText(t: TFunction, error: unknown): string {
  const refusal = refusalOf(error);
  if (!refusal) return t('cases.refusal.network');
  const params = { ...refusal.params };
  if (typeof params['status'] === 'string') params['status'] = t(`enums.FollowUpStatus.${params['status']}` as 'cases.refusal.failed', { defaultValue: params['status'] });
  if (typeof params['kind'] === 'string') params['kind'] = t(`enums.FollowUpKind.${params['kind']}` as 'cases.refusal.failed', { defaultValue: params['kind'] });
  const text = reasonText(refusal.reason, params);
  if (text !== undefined) return text;
  if (refusal.reason === 'STALE_VERSION' || refusal.reason === 'CONCURRENT_CHANGE') return t('cases.refusal.stale');
  if (refusal.code === 'BAD_USER_INPUT') return t('cases.refusal.invalid');
  if (refusal.code === 'CONFLICT') return t('cases.refusal.conflict');
  if (refusal.code === 'NOT_FOUND') return t('cases.refusal.notFound');
  if (refusal.code === 'FORBIDDEN') return t('cases.refusal.forbidden');
  return t('cases.refusal.failed');
}

import { isRefusalReason, REFUSAL_DETAILS, type RefusalParamValues } from '@pj/shared';
import type { GraphQLFormattedError } from 'graphql';
import { codeOf, reasonOf } from './graphql-errors';
import { currentLanguage, i18n } from './i18n';
import { formatDateTime, formatLocalDate, formatNumber } from './i18n/format';
import type { Language } from './i18n/languages';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A refusal's params as the user reads them: instants and days in Phnom Penh time, numbers in the language's digits. */
export function displayParams(params: RefusalParamValues, language: Language): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') out[key] = formatNumber(value, language);
    else if (INSTANT.test(value)) out[key] = formatDateTime(value, language);
    else if (DAY.test(value)) out[key] = formatLocalDate(value, language);
    else out[key] = value;
  }
  return out;
}

function paramsOf(error: GraphQLFormattedError): RefusalParamValues {
  const params = error.extensions?.['params'];
  if (!params || typeof params !== 'object') return {};
  const out: RefusalParamValues = {};
  for (const [k, v] of Object.entries(params as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  }
  return out;
}

/**
 * What a server refusal says, in the user's language: `serverErrors.<REASON>` with its params
 * (`serverErrors.<REASON>_detail` when it names what it clashes with), else a sentence for its
 * code (`serverErrorCodes.<CODE>`). Never the server's English `message`.
 */
export function refusalText(error: GraphQLFormattedError, language: Language = currentLanguage()): string {
  const t = i18n.getFixedT(language);
  const reason = reasonOf(error);
  const params = displayParams(paramsOf(error), language);
  if (isRefusalReason(reason)) {
    const detail = (REFUSAL_DETAILS as Partial<Record<string, readonly string[]>>)[reason];
    if (detail && detail.every((p) => p in params)) {
      return t(`serverErrors.${reason}_detail` as 'serverErrors.INVALID', params);
    }
    return t(`serverErrors.${reason}` as 'serverErrors.INVALID', params);
  }
  const code = codeOf(error);
  const known = code && i18n.exists(`serverErrorCodes.${code}`, { lng: language });
  return t(known ? (`serverErrorCodes.${code}` as 'serverErrorCodes.INTERNAL_SERVER_ERROR') : 'serverErrorCodes.INTERNAL_SERVER_ERROR');
}

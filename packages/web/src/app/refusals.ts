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
 * The sentence for a refusal reason the server gives (`serverErrors.<REASON>`, or
 * `serverErrors.<REASON>_detail` when its params name what it clashes with), in the user's
 * language; `undefined` for a reason the server cannot give. The only reader of `serverErrors.*`.
 */
export function reasonText(reason: string | undefined, params: RefusalParamValues = {}, language: Language = currentLanguage()): string | undefined {
  if (!isRefusalReason(reason)) return undefined;
  const t = i18n.getFixedT(language);
  const shown = displayParams(params, language);
  const detail = (REFUSAL_DETAILS as Partial<Record<string, readonly string[]>>)[reason];
  if (detail && detail.every((p) => p in shown)) {
    return t(`serverErrors.${reason}_detail` as 'serverErrors.INVALID', shown);
  }
  return t(`serverErrors.${reason}` as 'serverErrors.INVALID', shown);
}

/**
 * What a server refusal says, in the user's language: its reason's sentence (`reasonText`), else
 * a sentence for its code (`serverErrorCodes.<CODE>`). Never the server's English `message`.
 */
export function refusalText(error: GraphQLFormattedError, language: Language = currentLanguage()): string {
  const text = reasonText(reasonOf(error), paramsOf(error), language);
  if (text !== undefined) return text;
  const t = i18n.getFixedT(language);
  const code = codeOf(error);
  const known = code && i18n.exists(`serverErrorCodes.${code}`, { lng: language });
  return t(known ? (`serverErrorCodes.${code}` as 'serverErrorCodes.INTERNAL_SERVER_ERROR') : 'serverErrorCodes.INTERNAL_SERVER_ERROR');
}

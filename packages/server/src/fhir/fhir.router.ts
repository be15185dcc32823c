import type { MikroORM } from '@mikro-orm/postgresql';
import { ErrorCode, isValidMrn, Permission } from '@pj/shared';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { writeRequestAudit } from '../audit/audit.plugin.js';
import type { AuditWriter } from '../audit/audit-writer.js';
import type { AuditDraft } from '../audit/audit-trail.js';
import { checkPermissions } from '../auth/auth-checker.js';
import type { SessionPolicy } from '../auth/auth.service.js';
import { contextFromHttp, expressExchange } from '../auth/http-auth.js';
import type { Clock } from '../common/clock.js';
import { badInput, DomainError, notFound } from '../common/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { rateLimited, rateLimitKey, type RateLimiter } from '../graphql/rate-limit.js';
import { Patient } from '../patients/patient.entity.js';
import { capabilityStatement } from './capability-statement.js';
import { journeyResources, keptPatientResource, searchsetBundle } from './everything.js';
import { failureOf, fhirFailure, type FhirFailure } from './operation-outcome.js';
import { patientResource } from './patient.mapper.js';

export const FHIR_JSON = 'application/fhir+json';

export interface FhirRouterOptions {
  orm: MikroORM;
  clock: Clock;
  sessionPolicy?: SessionPolicy;
  /** The `/graphql` limiter: a client's FHIR and GraphQL requests come out of one bucket. */
  limiter: RateLimiter | null;
  auditWriter: AuditWriter;
}

/** `_format` values that ask for JSON (FHIR R4 http.html#mime-type); XML and the rest are 406. */
const JSON_FORMATS = new Set(['json', FHIR_JSON, 'application/json', 'application/fhir json', 'application/json+fhir']);

function send(res: Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.status(status).set(headers).type(`${FHIR_JSON}; charset=utf-8`).send(JSON.stringify(body));
}

function sendFailure(res: Response, failure: FhirFailure): void {
  send(res, failure.status, failure.outcome, failure.headers);
}

/** The absolute URL of the FHIR base, as the client reached it (behind a trusted proxy, its scheme and host). */
const baseOf = (req: Request): string => `${req.protocol}://${req.get('host') ?? 'localhost'}${req.baseUrl}`;

/** A `_format`, or an `Accept` without JSON, this server cannot answer in: 406, before any work. */
function unsupportedFormat(req: Request): FhirFailure | null {
  const format = req.query._format;
  if (format === undefined) {
    // No Accept (or */*) takes JSON; `application/fhir+xml` alone does not.
    return req.accepts([FHIR_JSON, 'application/json']) ? null : fhirFailure(406, 'not-supported', 'Only JSON is served (application/fhir+json)', ErrorCode.BAD_USER_INPUT);
  }
  const value = Array.isArray(format) ? format[0] : format;
  return typeof value === 'string' && JSON_FORMATS.has(value.split(';')[0].trim().toLowerCase())
    ? null
    : fhirFailure(406, 'not-supported', 'Only JSON is served (_format=json or application/fhir+json)', ErrorCode.BAD_USER_INPUT);
}

/**
 * The FHIR R4 API, read-only, mounted at `/fhir`: a thin layer over what GraphQL uses. The
 * request is signed in by the same `contextFromHttp` (session cookie or API token), takes a
 * token from the same rate limiter, is checked by the same `checkPermissions`
 * (READ_PATIENTS), reads through the request's DataLoaders, and shows contact details under
 * the same field rules (field-rules.ts). Each Patient read, allowed or refused, is written to
 * the audit trail as GraphQL writes `read:patient`, with `detail` saying it came through FHIR.
 */
export function fhirRouter({ orm, clock, sessionPolicy, limiter, auditWriter }: FhirRouterOptions): Router {
  const router = express.Router();

  router.use((req, res, next) => {
    const failure = unsupportedFormat(req);
    if (failure) sendFailure(res, failure);
    else next();
  });

  // What the server supports: public, as FHIR clients read it before signing in. Not signed in,
  // so it is limited per address (as /graphql limits a signed-out request).
  router.get('/metadata', (req, res) => {
    const wait = limiter?.take(rateLimitKey(null, req.ip)) ?? 0;
    if (wait > 0) return sendFailure(res, failureOf(rateLimited(wait)));
    send(res, 200, capabilityStatement(baseOf(req)));
  });

  router.get(['/Patient/:id', '/Patient/:id/:operation'], async (req, res) => {
    const id = String(req.params.id);
    const operation = req.params.operation as string | undefined;
    if (operation !== undefined && operation !== '$everything') {
      return sendFailure(res, fhirFailure(404, 'not-supported', `Patient/${operation} is not supported (only $everything)`, ErrorCode.NOT_FOUND));
    }
    let context: GraphQLContext;
    try {
      context = await contextFromHttp(orm.em, clock, expressExchange(req, res), sessionPolicy);
      const wait = limiter?.take(rateLimitKey(context.user, req.ip)) ?? 0;
      if (wait > 0) throw rateLimited(wait);
    } catch (error) {
      return sendFailure(res, failureOf(error));
    }
    const entry: AuditDraft = { action: 'read:patient', outcome: 'OK', detail: `FHIR Patient/${id.slice(0, 40)}${operation ? `/${operation}` : ''}` };
    let answer: () => void;
    try {
      const body = await (operation ? everything(context, req, id, entry) : readPatient(context, id, entry));
      answer = () => send(res, 200, body);
    } catch (error) {
      const failure = failureOf(error);
      entry.outcome = failure.code;
      answer = () => sendFailure(res, failure);
    }
    // As GraphQL's audit plugin does: the response leaves only once its entry is committed.
    context.audit.record(entry);
    await writeRequestAudit(context, auditWriter);
    answer();
  });

  router.all('/{*rest}', (req, res) => {
    if (req.method !== 'GET') {
      return sendFailure(res, fhirFailure(405, 'not-supported', 'This FHIR API is read-only', ErrorCode.BAD_USER_INPUT));
    }
    sendFailure(res, fhirFailure(404, 'not-supported', `${req.path} is not supported; see /fhir/metadata`, ErrorCode.NOT_FOUND));
  });
  // What express refuses before a route runs (a path whose %-escapes do not decode: 400) gets an
  // OperationOutcome too, not express's HTML page.
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: unknown }).status;
    sendFailure(res, status === 400 ? fhirFailure(400, 'invalid', 'The request could not be read', ErrorCode.BAD_USER_INPUT) : failureOf(error));
  });
  return router;
}

/**
 * The patient of an MRN (`{id}`), after the permission check: the record itself, which may be
 * a tombstone of a merge (`mergedInto` set). 400 for text that is not an MRN (form or check
 * digit), 404 for an MRN of nobody.
 */
async function patientOf(context: GraphQLContext, mrn: string, entry: AuditDraft): Promise<Patient> {
  checkPermissions(context, [Permission.READ_PATIENTS]);
  if (!isValidMrn(mrn)) throw badInput('id', `"${mrn}" is not a medical record number (NNNNNN-C, with its check digit)`, 'INVALID_ID');
  const patient = await context.em.findOne(Patient, { mrn });
  if (!patient) throw notFound('Patient', mrn);
  entry.patientId = patient.id;
  entry.target = `Patient:${patient.id}`;
  return patient;
}

async function readPatient(context: GraphQLContext, mrn: string, entry: AuditDraft) {
  const patient = await patientOf(context, mrn, entry);
  if (!patient.mergedInto) return keptPatientResource(context, patient);
  // A merged-away record: inactive, replaced by the patient it was merged into (FHIR's `link`).
  const kept = await context.loaders.patient.load(patient.mergedInto.id);
  return patientResource(patient, { access: context }, { replacedBy: kept!.mrn });
}

async function everything(context: GraphQLContext, req: Request, mrn: string, entry: AuditDraft) {
  const patient = await patientOf(context, mrn, entry);
  if (patient.mergedInto) {
    const kept = await context.loaders.patient.load(patient.mergedInto.id);
    // Everything of the merged-away record now belongs to the kept one: nothing to return here.
    throw new DomainError(ErrorCode.NOT_FOUND, `Patient ${mrn} was merged into Patient/${kept!.mrn}: read that patient's $everything`, { reason: 'NOT_FOUND' });
  }
  const base = baseOf(req);
  return searchsetBundle(base, `${base}/Patient/${mrn}/$everything`, await journeyResources(context, patient), context.clock());
}

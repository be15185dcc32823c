import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ErrorCode } from '@pj/shared';
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError, Kind, parse, print, visit, type DocumentNode, type FieldNode } from 'graphql';
import { DomainError } from '../common/domain-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { GraphQLContext } from './context.js';
import { parseQuery } from './limits.js';

/**
 * The web app's operations, extracted by GraphQL Code Generator (`pnpm schema`, client preset with
 * `persistedDocuments`) into `hash → document`, where the hash is the sha256 of the document's
 * text. Committed with the web app's generated types, so the server and the app it serves agree.
 */
export const WEB_MANIFEST_FILE = fileURLToPath(new URL('../../../web/src/generated/persisted-documents.json', import.meta.url));

/** `allow`: any document from anyone; `enforce`: browser sessions may run only the manifest's. */
export type TrustedDocumentsMode = 'allow' | 'enforce';

export interface TrustedDocumentsOptions {
  mode: TrustedDocumentsMode;
  /** The manifest to load (default: the web app's). */
  manifestFile?: string;
}

const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Marks the requests that sent a manifest document's hash (res.locals, read by the guard). */
const KNOWN = 'trustedDocument';

export class TrustedDocuments {
  /** The documents' texts as run, so that a client sending one of them as text is known too. */
  private readonly runTexts: ReadonlySet<string>;

  private constructor(
    readonly mode: TrustedDocumentsMode,
    /** Hash → the document as the server runs it (with `__typename`, see `withTypenames`). */
    private readonly documents: ReadonlyMap<string, string>,
  ) {
    this.runTexts = new Set(documents.values());
  }

  /** Loads the manifest; enforcing without one is a configuration error, found at start. */
  static load({ mode, manifestFile = WEB_MANIFEST_FILE }: TrustedDocumentsOptions): TrustedDocuments {
    if (!existsSync(manifestFile)) {
      if (mode === 'enforce') throw new Error(`TRUSTED_DOCUMENTS=enforce needs the web app's manifest at ${manifestFile}`);
      return new TrustedDocuments(mode, new Map());
    }
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
    return new TrustedDocuments(
      mode,
      new Map(Object.entries(manifest).map(([hash, text]) => [hash.replace(/^sha256:/, ''), print(withTypenames(parse(text)))])),
    );
  }

  get size(): number {
    return this.documents.size;
  }

  /** The document a hash (hex, with or without `sha256:`) stands for. */
  documentFor(hash: string): string | undefined {
    return this.documents.get(hash.replace(/^sha256:/, '').toLowerCase());
  }

  /** True when this exact text is one of the manifest's documents (as extracted, or as run). */
  isKnownText(text: string): boolean {
    return this.documents.has(sha256Hex(text)) || this.runTexts.has(text);
  }


  /**
   * A POST body (parsed JSON) that sends only `extensions.persistedQuery.sha256Hash` (no
   * `query`) gets the manifest's document as its `query`: `byHash`, the request runs the
   * manifest's document. An unknown hash is returned for PERSISTED_QUERY_NOT_FOUND. Bodies
   * sending a text are left as they are (`admit` asks whether it is the manifest's).
   */
  resolveBody(body: unknown): { byHash: boolean } | { unknownHash: string } {
    if (!isObject(body)) return { byHash: false };
    const hash = persistedHash(body.extensions);
    if (hash === null || (body.query !== undefined && body.query !== null)) return { byHash: false };
    const document = this.documentFor(hash);
    if (document === undefined) return { unknownHash: hash };
    body.query = document;
    delete (body.extensions as Record<string, unknown>).persistedQuery;
    return { byHash: true };
  }

  /**
   * Express middleware, after the JSON body parser: `resolveBody` for a POST, the same for a
   * GET's `query` and `extensions` parameters; the request is marked for `guard` when it sent a
   * manifest document's hash. An unknown hash is answered 400, PERSISTED_QUERY_NOT_FOUND.
   */
  resolve(): RequestHandler {
    return (req, res, next) => {
      if (req.method === 'POST') {
        const resolved = this.resolveBody(req.body);
        if ('unknownHash' in resolved) {
          notFound(res, resolved.unknownHash);
          return;
        }
        if (resolved.byHash) res.locals[KNOWN] = true;
      } else if (req.method === 'GET') {
        const url = new URL(req.url, 'http://local');
        const query = url.searchParams.get('query');
        const hash = persistedHash(parseJson(url.searchParams.get('extensions')));
        if (hash !== null && query === null) {
          const document = this.documentFor(hash);
          if (document === undefined) {
            notFound(res, hash);
            return;
          }
          url.searchParams.set('query', document);
          url.searchParams.delete('extensions');
          req.url = `${url.pathname}${url.search}`;
          res.locals[KNOWN] = true;
        }
      }
      next();
    };
  }

  /**
   * With `enforce`, a request signed in by a session cookie (the web app, or anything holding a
   * browser's cookie) may run only the manifest's documents, and introspection (the explorer's
   * documentation). API tokens may send any document within the depth, cost and rate limits;
   * signed-out requests can do nothing but sign in whatever they send.
   */
  guard(context: GraphQLContext, req: Request, res: Response): void {
    this.admit(context.user, res.locals[KNOWN] === true, documentText(req));
  }

  /** `guard`'s rule for a request whose document is `text` (`byHash`: sent as a manifest hash): throws the refusal. */
  admit(user: AuthUser | null, byHash: boolean, text: unknown): void {
    const refusal = this.refusal(user, byHash, text);
    if (refusal) throw refusal;
  }

  /**
   * `resolve` and `guard` for an operation sent on a WebSocket (live/subscriptions.ts), whose
   * payload has the same `query` and `extensions` as an HTTP request's body. A payload with only
   * a hash gets the manifest's document in its `query`. Returns the refusal to send, or null.
   */
  admitSocketOperation(payload: { query?: unknown; extensions?: unknown }, user: AuthUser | null): GraphQLError | null {
    const hash = persistedHash(payload.extensions);
    let byHash = false;
    if (hash !== null && (payload.query === undefined || payload.query === null || payload.query === '')) {
      const document = this.documentFor(hash);
      if (document === undefined) return persistedNotFound(hash);
      payload.query = document;
      byHash = true;
    }
    return this.refusal(user, byHash, payload.query);
  }

  /**
   * `enforce`'s rule: what a browser session may run (see `guard`). Whether a text is the
   * manifest's is asked only here, when the rule applies: a hash of every request's text would
   * be work for nothing under `allow` and for API tokens.
   */
  private refusal(user: AuthUser | null, byHash: boolean, text: unknown): GraphQLError | null {
    if (this.mode !== 'enforce' || user?.via.kind !== 'session' || byHash) return null;
    if (typeof text === 'string' && (this.isKnownText(text) || onlyIntrospection(text))) return null;
    const message = 'This server runs only the web app\'s own operations for browser sessions; use an API token to send other queries';
    return new GraphQLError(message, {
      originalError: new DomainError(ErrorCode.FORBIDDEN, message, { reason: 'UNKNOWN_DOCUMENT' }),
      extensions: { code: ErrorCode.FORBIDDEN, reason: 'UNKNOWN_DOCUMENT', http: { status: 403 } },
    });
  }
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * The document with `__typename` in every selection set below the root, as Apollo Client's cache
 * adds it before sending a document's text: the app sends only the hash, so the server adds
 * what the cache needs to normalise records and match fragments on interfaces. (Adding it in the
 * app's generated documents instead would grow the first page's JavaScript by several kB.)
 */
export function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as { kind?: Kind }).kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename')) return undefined;
        return { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `extensions.persistedQuery.sha256Hash`, when the request carries one. */
function persistedHash(extensions: unknown): string | null {
  if (!isObject(extensions) || !isObject(extensions.persistedQuery)) return null;
  const hash = extensions.persistedQuery.sha256Hash;
  return typeof hash === 'string' ? hash : null;
}

function persistedNotFound(hash: string): GraphQLError {
  const shown = hash.length > 80 ? `${hash.slice(0, 80)}…` : hash;
  return new GraphQLError(`No persisted document has the hash ${shown}; send the query text instead`, {
    extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND },
  });
}

/** The 400 response body for a hash the manifest does not have. */
export function persistedNotFoundResponse(hash: string): string {
  const { message, extensions } = persistedNotFound(hash);
  return JSON.stringify({ errors: [{ message, extensions }] });
}

function notFound(res: Response, hash: string): void {
  res.status(400).type('application/json').send(persistedNotFoundResponse(hash));
}

/** The document an express request sent: a GET's `query` parameter, or its JSON body's `query`. */
export function documentText(req: Request): unknown {
  return req.method === 'GET' ? new URL(req.url, 'http://local').searchParams.get('query') : (req.body as { query?: unknown } | undefined)?.query;
}

/** A document whose operations select only `__schema`, `__type` and `__typename` at their root. */
function onlyIntrospection(text: string): boolean {
  try {
    const document = parseQuery(text);
    return document.definitions.every(
      (definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ||
        (definition.kind === Kind.OPERATION_DEFINITION &&
          definition.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'))),
    );
  } catch {
    return false;
  }
}

import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseJsonBody, servesPost } from './graphql-post.js';
import { MAX_REQUEST_BYTES } from './http-errors.js';

const request = (method: string, url: string, headers: Record<string, string>) => ({ method, url, headers }) as unknown as IncomingMessage;
const json = { 'content-type': 'application/json', 'content-length': '20' };

describe('which requests go without express', () => {
  it('takes a JSON POST to /graphql whose length is known and within the limit', () => {
    expect(servesPost(request('POST', '/graphql', json))).toBe(true);
    expect(servesPost(request('POST', '/graphql?x=1', json))).toBe(true);
    expect(servesPost(request('POST', '/graphql', { ...json, 'content-type': 'application/json; charset=UTF-8' }))).toBe(true);
    expect(servesPost(request('POST', '/graphql', { ...json, 'content-length': String(MAX_REQUEST_BYTES) }))).toBe(true);
    expect(servesPost(request('POST', '/graphql', { ...json, 'content-encoding': 'identity' }))).toBe(true);
  });

  it.each([
    ['a GET', request('GET', '/graphql', json)],
    ['another path', request('POST', '/graphql/x', json)],
    ['another media type', request('POST', '/graphql', { ...json, 'content-type': 'text/plain' })],
    ['another charset', request('POST', '/graphql', { ...json, 'content-type': 'application/json; charset=latin1' })],
    ['a compressed body', request('POST', '/graphql', { ...json, 'content-encoding': 'gzip' })],
    ['a chunked body', request('POST', '/graphql', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' })],
    ['a body over the limit', request('POST', '/graphql', { ...json, 'content-length': String(MAX_REQUEST_BYTES + 1) })],
    ['a malformed length', request('POST', '/graphql', { ...json, 'content-length': '1e3' })],
  ])('leaves %s to express', (_name, req) => {
    expect(servesPost(req)).toBe(false);
  });
});

describe("reading a JSON body as express's parser does", () => {
  const parse = (text: string) => parseJsonBody(Buffer.from(text, 'utf8'));

  it('reads objects and lists, after whitespace or a byte-order mark', () => {
    expect(parse('{"query":"{ a }"}')).toEqual({ ok: true, body: { query: '{ a }' } });
    expect(parse(' \n[{"query":"{ a }"}]')).toEqual({ ok: true, body: [{ query: '{ a }' }] });
    expect(parse('\ufeff{"a":1}')).toEqual({ ok: true, body: { a: 1 } });
  });

  it('takes an empty body as an empty object', () => {
    expect(parse('')).toEqual({ ok: true, body: {} });
  });

  it.each(['"text"', '12', 'null', ' ', '{"query":', '{query: 1}'])('refuses %j', (text) => {
    expect(parse(text)).toEqual({ ok: false });
  });
});

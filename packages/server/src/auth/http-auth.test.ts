import type { IncomingMessage } from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { bearerToken, clientOf, type TrustProxy } from './http-auth.js';

/** An upgrade request from `remoteAddress`, with `headers`. */
const request = (remoteAddress: string, headers: Record<string, string> = {}, encrypted = false) =>
  ({ headers, socket: { remoteAddress, encrypted }, connection: { remoteAddress } }) as unknown as IncomingMessage;

/** What express compiles `app.set('trust proxy', setting)` into (as app.ts hands it over). */
const trust = (setting: boolean | number | string[]) => express().set('trust proxy', setting).get('trust proxy fn') as TrustProxy;

const viaProxy = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7, 10.0.0.9' };

describe('clientOf (a WebSocket upgrade read as express reads a request)', () => {
  it('ignores forwarded headers when no proxy is trusted', () => {
    expect(clientOf(request('198.51.100.4', viaProxy), trust(false))).toEqual({ secure: false, ip: '198.51.100.4' });
  });

  it('is secure over its own TLS whatever the headers say', () => {
    expect(clientOf(request('198.51.100.4', { 'x-forwarded-proto': 'http' }, true), trust(false)).secure).toBe(true);
  });

  it('believes as many hops as trusted: one hop gives the address that proxy saw', () => {
    expect(clientOf(request('10.0.0.1', viaProxy), trust(1))).toEqual({ secure: true, ip: '10.0.0.9' });
    expect(clientOf(request('10.0.0.1', viaProxy), trust(2))).toEqual({ secure: true, ip: '203.0.113.7' });
  });

  it('believes only the listed proxies', () => {
    expect(clientOf(request('10.0.0.1', viaProxy), trust(['10.0.0.0/8']))).toEqual({ secure: true, ip: '203.0.113.7' });
    // A client that is not a listed proxy cannot claim HTTPS (the __Host- cookie's name) or another address.
    expect(clientOf(request('198.51.100.4', viaProxy), trust(['10.0.0.0/8']))).toEqual({ secure: false, ip: '198.51.100.4' });
  });
});

describe('bearerToken', () => {
  it('reads `Bearer <token>` and nothing else', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer   abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer a b')).toBeNull();
    expect(bearerToken(42)).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

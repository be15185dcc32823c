import type { Client, Sink } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { resumingClient } from './live';
import { retryDelayMs } from './live-status';

describe('the live connection', () => {
  it('waits longer after each failed attempt, up to 30 s, with jitter so browsers spread out', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(attempt, 0.5))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(retryDelayMs(0, 0)).toBe(750);
    expect(retryDelayMs(10, 1)).toBe(37_500);
  });

  it('sends a resuming subscription again from the cursor of the last update received, not the first', () => {
    // What graphql-ws does: keep the payload it was given, and serialise it at each (re)connection.
    const sent: { payload: Parameters<Client['subscribe']>[0]; sink: Sink }[] = [];
    const client = { subscribe: (payload, sink) => (sent.push({ payload, sink }), () => undefined) } as Pick<Client, 'subscribe'> as Client;
    const query = 'subscription ($patientId: ID!, $after: String) { patientTimeline(patientId: $patientId, after: $after) { cursor } }';
    const apolloVariables = { patientId: 'p', after: 'from-the-page' };
    const received: unknown[] = [];
    resumingClient(client).subscribe({ query, variables: apolloVariables }, { next: (r) => received.push(r), error: () => undefined, complete: () => undefined });
    const resend = () => JSON.parse(JSON.stringify(sent[0].payload)) as { variables: Record<string, unknown> };
    expect(resend().variables).toEqual({ patientId: 'p', after: 'from-the-page' });
    sent[0].sink.next({ data: { patientTimeline: { cursor: 'first-update' } } });
    sent[0].sink.next({ data: { patientTimeline: { cursor: 'second-update' } } });
    expect(resend().variables).toEqual({ patientId: 'p', after: 'second-update' });
    // Every update still reaches Apollo, whose own variables are left as they were.
    expect(received).toHaveLength(2);
    expect(apolloVariables.after).toBe('from-the-page');

    // A subscription without `$after` (the census) is sent as given.
    const census = { query: 'subscription { censusChanged { bed { id } } }', variables: {} };
    resumingClient(client).subscribe(census, { next: () => undefined, error: () => undefined, complete: () => undefined });
    expect(sent[1].payload).toBe(census);
  });
});

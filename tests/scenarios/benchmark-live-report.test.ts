import { describe, expect, it } from 'vitest';
import {
  keptSection, LIVE_HEADING, liveSection, percentile, perSubscriberKb, replaceSection, summarize, type LiveResult,
} from '../../packages/bench/src/live-report.mjs';

// The live benchmark's figures and its section of docs/benchmarks.md, from made-up results:
// nothing is started or timed.

const summary = (p50: number, p99: number, n: number) => ({ n, p50, p99, max: p99 + 1 });
const memory = (rssMb: number, heapUsedMb: number) => ({ rssMb, heapUsedMb });
const result: LiveResult = {
  scale: 'small', date: '2026-12-06', node: 'v22.0.0', machine: '2 × Test CPU', seconds: 10, connections: 10, transferEveryMs: 1000,
  subscribers: { timeline: 400, census: 100, patients: 200 },
  throughput: {
    without: { count: 4000, rps: 400, p50: 20, p99: 60, errors: 0, transfers: 10, transferErrors: 0 },
    with: { count: 3000, rps: 300, p50: 30, p99: 90, errors: 0, transfers: 10, transferErrors: 0 },
  },
  latency: {
    timeline: summary(12.25, 80.5, 800), census: summary(30, 120, 2000), sameInstance: summary(11, 70, 400),
    crossInstance: summary(13, 85, 400), fromResponse: summary(4, 40, 780),
  },
  delivery: { timeline: { expected: 800, delivered: 798, duplicates: 0 }, census: { rows: 1900, transfers: 10, converged: 100, subscribers: 100 }, errors: 0 },
  instances: [1, 2].map((n) => ({
    name: `instance ${n}`, subscribers: 250,
    memory: { idle: memory(100, 40), subscribed: memory(110, 45), afterLoad: memory(112, 46) },
    perSubscriber: perSubscriberKb(memory(100, 40), memory(110, 45), 250),
  })),
};

describe('live benchmark report', () => {
  it('takes nearest-rank percentiles, whatever the order of the values', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([5, 1, 9, 3])).toEqual({ n: 4, p50: 3, p99: 9, max: 9 });
    expect(summarize([]).n).toBe(0);
  });

  it('divides the memory held with subscribers, less that held with none, by their number', () => {
    expect(perSubscriberKb(memory(100, 40), memory(110, 45), 250)).toEqual({ rssKb: 40.96, heapKb: 20.48 });
    expect(perSubscriberKb(memory(100, 40), memory(110, 45), 0).rssKb).toBeNaN();
  });

  it('renders latency, delivery, throughput and memory per subscriber', () => {
    const text = liveSection(result);
    expect(text.startsWith(`${LIVE_HEADING}\n`)).toBe(true);
    expect(text).toContain('| patientTimeline | 12.3 | 80.5 | 81.5 | 800 |');
    expect(text).toContain('| timeline, written through the other instance | 13.0 | 85.0 | 86.0 | 400 |');
    expect(text).toContain('**798 of 800** timeline events expected');
    expect(text).toContain('2 missing');
    expect(text).toContain('100 of 100 census subscribers');
    expect(text).toContain('without subscribers 400 req/s');
    expect(text).toContain('with them 300 req/s');
    expect(text).toContain('(75%)');
    expect(text).toContain('| instance 1 | 100.0 / 40.0 | 110.0 / 45.0 | 112.0 / 46.0 | 41.0 | 20.5 |');
    expect(text).not.toMatch(/NaN|undefined/);
    expect(liveSection({ ...result, delivery: { ...result.delivery, timeline: { expected: 5, delivered: 5, duplicates: 0 } } })).toContain('none lost');
  });

  it('replaces its own section and keeps the others, or goes before the soak when it has none', () => {
    const doc = '# Benchmarks\n\nTable.\n\n## Soak (memory)\n\nCurve.\n\n## Web (first download per route)\n\nSizes.\n';
    const first = replaceSection(doc, LIVE_HEADING, `${LIVE_HEADING}\n\nOne.\n`, ['## Soak', '## Web']);
    expect(first).toBe(`# Benchmarks\n\nTable.\n\n${LIVE_HEADING}\n\nOne.\n\n## Soak (memory)\n\nCurve.\n\n## Web (first download per route)\n\nSizes.\n`);
    const second = replaceSection(first, LIVE_HEADING, `${LIVE_HEADING}\n\nTwo.\n`, ['## Soak', '## Web']);
    expect(second).toBe(first.replace('One.', 'Two.'));
    expect(keptSection(second, LIVE_HEADING)).toBe(`${LIVE_HEADING}\n\nTwo.\n\n`);
    expect(keptSection(second, '## Nothing')).toBe('');
    expect(replaceSection('', LIVE_HEADING, `${LIVE_HEADING}\n\nAlone.`)).toBe(`${LIVE_HEADING}\n\nAlone.\n`);
    // Last in the file: replaced up to its end.
    expect(replaceSection(`# B\n\n${LIVE_HEADING}\n\nOld.\n`, LIVE_HEADING, `${LIVE_HEADING}\n\nNew.\n`)).toBe(`# B\n\n${LIVE_HEADING}\n\nNew.\n`);
  });
});

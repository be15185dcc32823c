import { describe, expect, it } from 'vitest';
import { report, type ReportRow } from '../../packages/bench/src/report.mjs';

// How the benchmark's report judges the targets (packages/bench/src/report.mjs), from made-up
// cells: no server, no time.

const machine = { cpus: 2, model: 'test', memGb: 4, node: 'v22', pg: '18', counts: { patients: 1, referrals: 1, events: 1 } };

function cell(contender: string, connections: number, rps: number, p99: number, cpuMs: number): ReportRow {
  return { query: 'worklist-p1', label: 'Worklist', connections, contender, rps, p50: p99 / 3, p99, statements: 2, audit: 1, auth: 0, tx: 0, cpuMs, errors: 0 };
}

const targetsRow = (markdown: string): string => {
  const targets = markdown.slice(markdown.indexOf('## Targets'));
  return targets.split('\n').find((line) => line.startsWith('| worklist-p1 |'))!;
};

describe('benchmark report', () => {
  it('judges throughput and p99 at 10 and 50 connections, and CPU at every count', () => {
    const results = [
      // Slower than PostGraphile at 1 connection: shown in the summary, not a throughput target.
      cell('server', 1, 90, 12, 1.0), cell('postgraphile', 1, 100, 10, 1.2),
      cell('server', 10, 500, 30, 0.9), cell('postgraphile', 10, 480, 31, 1.1),
      // Faster at 50 but with a worse p99: not met.
      cell('server', 50, 600, 200, 1.3), cell('postgraphile', 50, 550, 150, 1.2),
    ];
    const markdown = report({ scale: 'large', seconds: 6, machine, results, rss: { server: 300, postgraphile: 320 } });
    expect(markdown).toContain('| query | throughput ≥ 1.0× PostGraphile, p99 no worse (10/50) | CPU per request ≤ PostGraphile\'s (1/10/50) |');
    expect(targetsRow(markdown)).toBe('| worklist-p1 | met / not met | met (1.00 / 1.20) / met (0.90 / 1.10) / not met (1.30 / 1.20) | 1.00 (≤ 2: met) |');
    expect(markdown).toContain('| worklist-p1 | 1 | 90 | 100 | – | 0.90 |');
    expect(markdown).toContain("Peak RSS: this 300 MB against PostGraphile's 320 MB (target ≤: met).");
  });
});

export interface ReportRow {
  query: string;
  label: string;
  connections: number;
  contender: string;
  rps: number;
  p50: number;
  p99: number;
  statements: number;
  audit: number;
  auth: number;
  tx: number;
  cpuMs: number;
  errors: number;
  rounds?: number[];
}
export interface ReportRun {
  scale: string;
  seconds: number;
  rounds?: number;
  warmupSeconds?: number;
  machine: { cpus: number; model: string; memGb: number; node: string; pg: string; counts: { patients: number; referrals: number; events: number } };
  results: ReportRow[];
  rss: Record<string, number>;
  floor?: unknown[];
}
/** The run as Markdown (docs/benchmarks.md). */
export function report(run: ReportRun): string;

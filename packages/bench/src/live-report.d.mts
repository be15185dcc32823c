export interface LatencySummary { n: number; p50: number; p99: number; max: number }
export interface Memory { rssMb: number; heapUsedMb: number; heapTotalMb?: number; externalMb?: number }
export interface WriteFigures { count: number; rps: number; p50: number; p99: number; errors: number; firstError?: string | null; transfers: number; transferErrors: number }
export interface LiveResult {
  scale: string;
  date: string;
  node: string;
  machine: string;
  seconds: number;
  connections: number;
  transferEveryMs: number;
  subscribers: { timeline: number; census: number; patients: number };
  throughput: { without: WriteFigures; with: WriteFigures };
  latency: { timeline: LatencySummary; census: LatencySummary; sameInstance: LatencySummary; crossInstance: LatencySummary; fromResponse: LatencySummary };
  delivery: {
    timeline: { expected: number; delivered: number; duplicates: number };
    census: { rows: number; transfers: number; converged: number; subscribers: number };
    errors: number;
  };
  instances: { name: string; subscribers: number; memory: { idle: Memory; subscribed: Memory; afterLoad: Memory }; perSubscriber: { rssKb: number; heapKb: number } }[];
}
export declare const LIVE_HEADING: string;
export declare function percentile(values: readonly number[], p: number): number;
export declare function summarize(latencies: readonly number[]): LatencySummary;
export declare function perSubscriberKb(before: Memory, after: Memory, subscribers: number): { rssKb: number; heapKb: number };
export declare function replaceSection(previous: string, heading: string, section: string, before?: readonly string[]): string;
export declare function keptSection(previous: string, heading: string): string;
export declare function liveSection(result: LiveResult): string;

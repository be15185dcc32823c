export interface RoundLoad {
  count: number;
  elapsedMs: number;
  errors: number;
  firstError: string | null;
  latencies: number[];
}
export interface RoundStatements {
  total: number;
  tx: number;
  audit: number;
  auth: number;
}
export interface Round {
  load: RoundLoad;
  cpuMs: number;
  statements: RoundStatements;
}
export interface PooledRow {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  firstError: string | null;
  statements: number;
  audit: number;
  auth: number;
  tx: number;
  cpuMs: number;
  rounds: number[];
}
export function roundOrder<T>(contenders: readonly T[], round: number): T[];
export function percentile(sorted: readonly number[], p: number): number;
export function pooledRow(rounds: readonly Round[]): PooledRow;

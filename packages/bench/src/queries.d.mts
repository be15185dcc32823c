export type Contender = 'server' | 'postgraphile' | 'raw';
export interface RequestSpec { method: string; path: string; headers: Record<string, string>; body: string }
export interface QueryContext {
  timelinePatient: string;
  today: string;
  deepOffset: number;
  deepPage: number;
  deepCursor: Record<Contender, string | null>;
  writePool: { id: string; patientId: string; episodeId: string }[];
  search: string;
  pageSize?: number;
}
export interface BenchQuery {
  name: string;
  label: string;
  pool?: boolean;
  server(i: number): RequestSpec;
  postgraphile(i: number): RequestSpec;
  raw(i: number): RequestSpec;
  ids: Record<Contender, (body: unknown) => string[]> | null;
}
export declare const BROAD_STATUSES: string[];
export declare function queries(ctx: QueryContext): BenchQuery[];

import type pg from 'pg';
import type { Contender, QueryContext, RequestSpec } from './queries.mjs';

export interface RunningContender { kind: Contender; port: number; pid: number; output(): string; stop(): Promise<void> }
export declare const CONTENDERS: Contender[];
export declare const POOL_SIZE: number;
export declare function send(port: number, spec: RequestSpec): Promise<{ status: number; body: unknown; text?: string }>;
export declare function startContender(kind: Contender, options: { url: string; port: number; log?: (m: string) => void; env?: Record<string, string>; nodeArgs?: string[] }): Promise<RunningContender>;
export declare function lookUpContext(client: pg.Client, options?: { postgraphilePort?: number | null }): Promise<QueryContext>;
export declare function resetWritePool(client: pg.Client, ctx: QueryContext): Promise<void>;
export declare function resetStatements(client: pg.Client): Promise<void>;
export declare function countStatements(client: pg.Client): Promise<{ total: number; tx: number; audit: number; auth: number }>;
export declare function cpuMs(pid: number): number;
export declare function peakRssMb(pid: number): number;

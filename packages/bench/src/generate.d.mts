import type pg from 'pg';

export declare const SCALES: Record<'small' | 'medium' | 'large', { patients: number }>;
export declare const ANCHOR: string;
export declare const BUSY_DAY: string;
export declare const BENCH_USERNAME: string;
export declare const BENCH_TOKEN: string;
export declare function isOncology(n: number): boolean;
export declare function generate(
  client: pg.Client,
  scale: keyof typeof SCALES,
  options?: { log?: (message: string) => void },
): Promise<{ patients: number; referrals: number; events: number; surgeries: number; admissions: number; doses: number; ms: number }>;

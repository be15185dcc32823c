export interface RouteBundleSize {
  route: string;
  chunks: number;
  rawBytes: number;
  gzipBytes: number;
}
export const ROUTES: Record<string, string[]>;
export function bundleReport(dist?: string): RouteBundleSize[];

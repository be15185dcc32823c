export interface RouteBundleSize {
  route: string;
  /** The JavaScript files the route loads first, relative to the build directory. */
  files: string[];
  chunks: number;
  rawBytes: number;
  gzipBytes: number;
  /** The route's text in English (its page-text groups), gzipped: loaded beside its JavaScript. */
  textGzipBytes: number;
}
export const ROUTES: Record<string, string[]>;
export function bundleReport(dist?: string): RouteBundleSize[];

export interface StaticServerOptions {
  /** Folders to serve, first match wins. */
  readonly roots: readonly string[];
  /** 0 (the default) lets the system choose a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Page-like paths (no extension, or `.html`) that match no file get the first root's index.html. */
  readonly spaFallback?: boolean;
  /** Send text files gzipped when the client accepts it (default true). */
  readonly gzip?: boolean;
  /** One Cache-Control value for every file; by default hashed assets are cached, the rest revalidated. */
  readonly cacheControl?: string;
}
export interface StaticServer {
  /** For example `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Serves other folders from the next request on (a new version deployed to the same address). */
  setRoots(roots: readonly string[]): void;
  close(): Promise<void>;
}
export declare function contentTypeFor(fileName: string): string;
export declare function startStaticServer(options: StaticServerOptions): Promise<StaticServer>;

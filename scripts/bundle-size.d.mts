export interface FileSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
}
export interface SizeGroup {
  readonly files: readonly FileSize[];
  readonly raw: number;
  readonly gzip: number;
}
export interface BundleSizes {
  readonly distDir: string;
  /** The built HTML pages, each with the style the build put into it. */
  readonly pages: SizeGroup;
  readonly initialJs: SizeGroup;
  /** Every JS file the page can load (start-up and lazy chunks). */
  readonly js: SizeGroup;
  /** sw.js and the Workbox runtime it loads. */
  readonly workerJs: SizeGroup;
  /** CSS files, and each distinct `<style>` text of the pages (named `<page> <style>`). */
  readonly css: SizeGroup;
  readonly initialCss: readonly string[];
}
export declare const BUDGETS: {
  readonly initialJsGzip: number;
  readonly totalJsGzip: number;
  readonly cssGzip: number;
  readonly chunkGzip: number;
  readonly workerJsGzip: number;
};
export declare function referencedFiles(html: string): { js: string[]; css: string[] };
export declare function inlineStyles(html: string): string[];
export declare function staticImports(code: string): string[];
export declare function dynamicImports(code: string): string[];
export declare function measureBundle(distDir: string): BundleSizes;
export declare function kb(bytes: number): string;

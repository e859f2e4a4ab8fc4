export declare const ONE_REQUEST_FILE: string;
export declare function oneRequestPage(html: string, css: string): string;
export declare function writeOneRequestBaseline(outDir: string): Promise<string>;

export declare function chromiumPath(env?: Readonly<Record<string, string | undefined>>): string;
export declare const CHROMIUM_FLAGS: readonly string[];

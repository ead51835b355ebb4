// Types for headers.js (plain JS so that next.config.js can import it without compilation).
export type HeaderRule = { source: string; headers: Array<{ key: string; value: string }> };
export function contentSecurityPolicy(options?: { development?: boolean; nonce?: string }): string;
export function securityHeaders(options?: { development?: boolean }): Promise<HeaderRule[]>;
export const STRICT_TRANSPORT_SECURITY: string;

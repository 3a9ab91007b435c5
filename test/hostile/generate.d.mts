/** Types for generate.mjs (the generator is plain JavaScript so the benchmark runs it without a build). */
export interface HostileClass {
  what: string;
  type: 'html' | 'text';
  gzip?: boolean;
  make(bytes: number): string;
}
export const HOSTILE: Record<string, HostileClass>;
export function makeHostile(name: string, bytes: number): { input: Buffer; inputType: 'html' | 'text'; gzip: boolean; size: number };

/** The shells `pith completion` writes for; apart from completion.ts, which loads only when asked. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

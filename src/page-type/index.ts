export { classifyPage } from './classify.js';
export type { PageTypeDecision, PageTypeInput, PageTypeSignal } from './types.js';

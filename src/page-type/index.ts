export { classifyPage } from './classify.js';
export { pageFeatures } from './features.js';
export type { PageTypeDecision, PageTypeInput, PageTypeSignal } from './types.js';

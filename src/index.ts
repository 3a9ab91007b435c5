/** pith's library API: `extract(input, options)` and the types it speaks. */
export { extract } from './pipeline.js';
export { InputError } from './input/errors.js';
export type {
  Article,
  Block,
  BlockKind,
  Decision,
  ExtractOptions,
  ExtractResult,
  InputType,
  MetadataField,
  NoArticleReason,
  Verdict,
} from './types.js';

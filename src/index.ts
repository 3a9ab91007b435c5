/** pith's library API: `extract(input, options)` and the types it speaks, user rules, and `pith check`'s fixture runner. */
export { extract, type CheerioLike, type PageInput } from './pipeline.js';
export { InputError } from './input/errors.js';
export { compileRules, findRulesFile, loadUserRules, UserRulesError } from './rules/user/load.js';
export type { LabelGroup, UserLabels, UserRule, UserRules } from './rules/user/types.js';
export {
  applyUpdates,
  checkFixture,
  compareOutcome,
  diffParagraphs,
  discoverFixtures,
  DiscoveryError,
  formatJsonReport,
  formatJunitReport,
  formatTextReport,
  parseExpectation,
  runChecks,
} from './check/index.js';
export type {
  CheckResult,
  Discovery,
  Expectation,
  FieldFailure,
  Fixture,
  JsonReport,
  ParagraphDiff,
  CheckRunOptions,
  TextReportOptions,
} from './check/index.js';
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

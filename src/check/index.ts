/**
 * `pith check` as a library: find golden fixtures, run them, compare, report, update.
 *
 *   const { fixtures } = await discoverFixtures('fixtures');
 *   const results = await runChecks(fixtures, { baseOptions: { now: '2026-11-26T12:00:00Z' } });
 *   process.stdout.write(formatTextReport(results, { color: false }));
 */
export { discoverFixtures, DiscoveryError } from './discover.js';
export { parseExpectation, checkExpectation, type ParsedExpectation } from './expected.js';
export { compareOutcome } from './compare.js';
export { diffParagraphs, paragraphsOf } from './diff.js';
export { decisionsFor, describeDecision } from './explain.js';
export { runChecks, checkFixture, extractOptionsFor, outcomeOf } from './run.js';
export { applyUpdates, updatedExpectation, newExpectation, serializeExpectation } from './update.js';
export { formatTextReport, summaryLine, resultLines, failureLines, type TextReportOptions } from './report-text.js';
export { formatJunitReport, type JunitOptions } from './report-junit.js';
export { formatJsonReport, jsonReport, type JsonReport, type JsonFixture } from './report-json.js';
export * from './types.js';

/**
 * Expected vs actual: the failures of one fixture, checking only the keys its expected file
 * lists. Pure: an Expectation and an Outcome in, FieldFailures out (none when it passes).
 */
import { scoreDocument } from '../eval/metric.js';
import { diffParagraphs } from './diff.js';
import { ARTICLE_FIELDS, type Expectation, type FieldFailure, type Outcome, type ParagraphDiff } from './types.js';

export function compareOutcome(expectation: Expectation, outcome: Outcome): FieldFailure[] {
  const wantsArticle = expectation.noArticle !== true;
  if (wantsArticle && !outcome.hasArticle) {
    // Every other key would fail against an empty record; the one thing to say is why.
    return [
      {
        field: 'noArticle',
        expected: false,
        actual: true,
        message: `no article came out of the page (${outcome.noArticleReason ?? 'no reason given'})`,
      },
    ];
  }
  const failures: FieldFailure[] = [];
  if (!wantsArticle && outcome.hasArticle) {
    failures.push({
      field: 'noArticle',
      expected: true,
      actual: false,
      message: `expected no article, but one came out (${outcome.record.wordCount} words)`,
    });
  }

  const record = outcome.record;
  for (const field of ARTICLE_FIELDS) {
    if (!(field in expectation.fields)) continue;
    const want = expectation.fields[field];
    if (record[field] !== want) {
      failures.push({ field, expected: want, actual: record[field], message: `${field} differs` });
    }
  }
  if (expectation.body !== undefined) {
    const failure = compareBody(expectation.body, record.body, expectation.bodyMinF1);
    if (failure) failures.push(failure);
  }
  for (const s of expectation.mustContain) {
    if (!record.body.includes(s)) {
      failures.push({ field: 'mustContain', expected: s, actual: null, message: `body does not contain ${JSON.stringify(s)}` });
    }
  }
  for (const s of expectation.mustNotContain) {
    if (record.body.includes(s)) {
      failures.push({ field: 'mustNotContain', expected: s, actual: s, message: `body contains ${JSON.stringify(s)}` });
    }
  }
  return failures;
}

/** Exact by default; with `minF1`, the benchmark body F1 (as `pith eval` scores it) must reach it. */
function compareBody(expected: string, actual: string, minF1: number | undefined): FieldFailure | null {
  if (minF1 === undefined) {
    if (actual === expected) return null;
    const diff = diffParagraphs(expected, actual);
    return { field: 'body', expected, actual, message: `body differs (${changeSummary(diff)})`, diff };
  }
  const score = scoreDocument(expected, actual);
  if (score.f1 >= minF1) return null;
  const diff = diffParagraphs(expected, actual);
  const message =
    `body F1 ${score.f1.toFixed(3)} is below bodyMinF1 ${minF1} ` +
    `(precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}; ${changeSummary(diff)})`;
  return { field: 'body', expected, actual, message, diff };
}

/** `1 paragraph missing, 2 extra, 1 edited` (only the counts that are not zero). */
function changeSummary({ missing, extra, edited }: ParagraphDiff): string {
  const parts = [
    missing > 0 ? `${missing} missing` : '',
    extra > 0 ? `${extra} extra` : '',
    edited > 0 ? `${edited} edited` : '',
  ].filter((p) => p !== '');
  // Equal paragraph lists can still differ in blank-line layout (e.g. a trailing newline).
  if (parts.length === 0) return 'same paragraphs, different spacing';
  return `paragraphs: ${parts.join(', ')}`;
}

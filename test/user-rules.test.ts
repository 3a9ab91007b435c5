/**
 * User rules (--rules, $PITH_RULES, ./pith.rules.json): validation that names the bad entry,
 * drop and keep by line, regex and CSS selector, site scoping, extra labels, the regex time
 * guard, and the CLI showing a user rule in --explain. Pages are invented.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/parse/html/dom.js';
import { htmlToBlocks } from '../src/parse/html/html-blocks.js';
import { extract } from '../src/pipeline.js';
import { testAll } from '../src/rules/user/guard.js';
import { RuleHealth } from '../src/rules/user/health.js';
import { compileRules, findRulesFile, loadUserRules, UserRulesError } from '../src/rules/user/load.js';
import { hostOf, rulesForHost } from '../src/rules/user/page-rules.js';
import type { UserRules } from '../src/rules/user/types.js';
import { runCli } from '../src/cli/program.js';
import { tempDir } from './support/temp-dir.js';

const NOW = '2026-11-26';
const tmp = () => tempDir('pith-rules-');
const rules = (json: unknown) => compileRules(json, 'pith.rules.json');

const LEAD = 'The harbour authority announced on Tuesday that the morning ferry will leave twenty minutes earlier from December, to meet the first train at the mainland station.';
const MIDDLE = 'Commuters welcomed the change, although some said the evening service is still too infrequent for those who work late shifts in the town.';
const END = 'The authority said it would review the evening timetable in the spring after a public consultation with residents of both islands.';

function page(extra: string, head = ''): string {
  return `<html><head><title>Ferry timetable changes</title>${head}</head><body><article><h1>Ferry timetable changes</h1>
<p>${LEAD}</p>${extra}<p>${MIDDLE}</p><p>${END}</p></article></body></html>`;
}
const TEXT_PAGE = `Ferry timetable changes\n\n${LEAD}\n\nGet the Gazette delivered every morning\n\n${MIDDLE}\n\nSponsored by Island Bakery\n\n${END}\n`;

function bodyOf(input: string, userRules?: UserRules, url?: string): string {
  const result = extract(input, { now: NOW, userRules, url });
  if (!result.ok) throw new Error(result.message);
  return result.article.body;
}

function ruleOf(input: string, needle: string, userRules: UserRules, url?: string): string | undefined {
  const result = extract(input, { now: NOW, userRules, url, explain: true });
  return result.trace?.find((d) => d.text.includes(needle))?.rule;
}

describe('rules file validation', () => {
  const bad: [unknown, RegExp][] = [
    [{ rules: [{ id: 'a', regex: '(unclosed' }] }, /^pith\.rules\.json: rules\[0\]\.regex\[0\]: invalid regular expression/],
    [{ rules: [{ id: 'a', lines: 'x' }, { id: 'b', selector: 'div[[x' }] }, /^pith\.rules\.json: rules\[1\]\.selector\[0\]: invalid CSS selector "div\[\[x"/],
    [{ rules: [{ id: 'a' }] }, /rules\[0\]: a rule needs "lines", "regex" or "selector"/],
    [{ rules: [{ id: 'a', lines: 'x', acton: 'drop' }] }, /rules\[0\]: Unrecognized key: "acton"/],
    [{ rules: [{ id: 'a', lines: 'x' }, { id: 'a', lines: 'y' }] }, /rules\[1\]\.id: duplicate id "a"/],
    [{ rules: [{ id: 'a', lines: 'x', action: 'remove' }] }, /rules\[0\]\.action: /],
    [{ rules: [{ id: 'a', regex: 'x', flags: 'g' }] }, /rules\[0\]\.flags: flags may be i, m, s and u/],
    [{ rules: [{ id: 'a', lines: 'x', site: 'https://harbourgazette.com/' }] }, /rules\[0\]\.site\[0\]: .* is not a host name/],
    [{ rules: [{ id: 'has space', lines: 'x' }] }, /rules\[0\]\.id: an id is letters/],
    [{ labels: { teasr: ['x'] } }, /labels: .*"teasr".*\(label groups: teaser, ad, nav, prompt, comments\)/],
    [[], /^pith\.rules\.json: file: /],
  ];
  for (const [json, message] of bad) {
    it(`names the bad entry: ${JSON.stringify(json)}`, async () => {
      const error = await rules(json).then(() => null, (err: unknown) => err);
      expect(error).toBeInstanceOf(UserRulesError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    });
  }

  it('reports a missing file and bad JSON in one line each', async () => {
    const dir = tmp();
    await expect(loadUserRules(join(dir, 'none.json'))).rejects.toThrow(/none\.json: no such rules file$/);
    writeFileSync(join(dir, 'bad.json'), '{ "rules": [ }');
    await expect(loadUserRules(join(dir, 'bad.json'))).rejects.toThrow(/bad\.json: not valid JSON \(/);
  });

  it('accepts one string or a list for lines, regex, selector and site', async () => {
    const compiled = await rules({ rules: [{ id: 'a', lines: 'Get  the Gazette', regex: ['^x', '^y'], flags: 'i', selector: '.promo', site: 'harbourgazette.com' }] });
    const [rule] = compiled.rules;
    expect([...rule.lines]).toEqual(['get the gazette']);
    expect(rule.patterns.map(String)).toEqual(['/^x/i', '/^y/i']);
    expect(rule.selectors).toEqual(['.promo']);
    expect(rule.sites).toEqual(['harbourgazette.com']);
    expect(rule.action).toBe('drop');
    expect(compiled.select).toBeTypeOf('function');
  });
});

describe('finding the rules file', () => {
  it('takes --rules, then $PITH_RULES, then ./pith.rules.json, else none', async () => {
    const dir = tmp();
    expect(await findRulesFile(undefined, {}, dir)).toBeNull();
    writeFileSync(join(dir, 'pith.rules.json'), '{}');
    expect(await findRulesFile(undefined, {}, dir)).toBe(join(dir, 'pith.rules.json'));
    expect(await findRulesFile(undefined, { PITH_RULES: '/etc/team.json' }, dir)).toBe('/etc/team.json');
    expect(await findRulesFile('mine.json', { PITH_RULES: '/etc/team.json' }, dir)).toBe('mine.json');
  });
});

describe('drop rules', () => {
  it('drops whole lines, case and spacing aside, and keeps prose that merely contains them', async () => {
    const user = await rules({ rules: [{ id: 'promo', lines: 'get the  GAZETTE delivered every morning' }] });
    const withRule = bodyOf(TEXT_PAGE + `\nWe get the gazette delivered every morning, said one commuter who takes the early boat to work each day.\n`, user);
    expect(withRule).not.toContain('Get the Gazette delivered every morning\n');
    expect(withRule).toContain('We get the gazette delivered every morning, said one commuter');
    expect(ruleOf(TEXT_PAGE, 'Get the Gazette', user)).toBe('user:promo');
  });

  it('drops blocks a regex matches, in text dumps and HTML alike', async () => {
    const user = await rules({ rules: [{ id: 'sponsor', regex: '^Sponsored by ' }] });
    expect(bodyOf(TEXT_PAGE)).toContain('Sponsored by Island Bakery');
    expect(bodyOf(TEXT_PAGE, user)).not.toContain('Sponsored by');
    const html = page('<p>Sponsored by Island Bakery</p>');
    expect(bodyOf(html, user)).not.toContain('Sponsored by');
    expect(bodyOf(html, user)).toContain(MIDDLE);
  });

  it('drops every block inside an element a CSS selector matches (HTML)', async () => {
    const user = await rules({ rules: [{ id: 'promo-box', selector: 'div.gazette-extra' }] });
    const html = page('<div class="gazette-extra"><h3>Our newsletter</h3><p>Get the Gazette delivered to your door every morning for a year, with the crossword.</p></div>');
    expect(bodyOf(html)).toContain('Get the Gazette delivered');
    const body = bodyOf(html, user);
    expect(body).not.toContain('Get the Gazette delivered');
    expect(body).not.toContain('Our newsletter');
    expect(body).toContain(MIDDLE);
    expect(ruleOf(html, 'Our newsletter', user)).toBe('user:promo-box');
  });
});

describe('keep rules', () => {
  it('keep a block a built-in rule would drop, and win over a drop rule', async () => {
    const teaser = 'Read more: the full consultation timetable is published on the council website.';
    const html = page(`<p>${teaser}</p>`);
    expect(bodyOf(html)).not.toContain(teaser);
    const user = await rules({ rules: [
      { id: 'no-read-more', regex: '^Read more' },
      { id: 'council-links', action: 'keep', regex: '^Read more: the full consultation' },
    ] });
    expect(bodyOf(html, user)).toContain(teaser);
    expect(ruleOf(html, teaser, user)).toBe('user:council-links');
  });

  it('do not pull a kept line from far outside the article into the body', async () => {
    const links = ['Weather', 'Sport', 'Letters', 'Tides', 'Events', 'Obituaries'].map((l) => `<li><a href="/${l}">${l}</a></li>`).join('');
    const html = page('').replace('<body>', `<body><header><p>Editor's note: corrections to the desk.</p><nav><ul>${links}</ul></nav><ul>${links}</ul></header>`);
    const user = await rules({ rules: [{ id: 'notes', action: 'keep', regex: "^Editor's note" }] });
    const result = extract(html, { now: NOW, userRules: user, explain: true });
    expect(result.ok && result.article.body).toContain(MIDDLE);
    expect(result.ok && result.article.body).not.toContain("Editor's note");
    expect(result.trace?.find((d) => d.text.startsWith("Editor's note"))?.reason).toMatch(/kept by user:notes, but outside/);
  });
});

describe('site scoping', () => {
  const scoped = () => rules({ rules: [{ id: 'sponsor', regex: '^Sponsored by ', site: 'harbourgazette.com' }] });

  it('applies a scoped rule on its host and subdomains only', async () => {
    const user = await scoped();
    expect(bodyOf(TEXT_PAGE, user)).toContain('Sponsored by'); // no url: no host
    expect(bodyOf(TEXT_PAGE, user, 'https://www.harbourgazette.com/news/ferry')).not.toContain('Sponsored by');
    expect(bodyOf(TEXT_PAGE, user, 'https://islands.harbourgazette.com/ferry')).not.toContain('Sponsored by');
    expect(bodyOf(TEXT_PAGE, user, 'https://notharbourgazette.com/ferry')).toContain('Sponsored by');
  });

  it("takes the host from the page's canonical link when the caller gives no url", async () => {
    const html = page('<p>Sponsored by Island Bakery</p>', '<link rel="canonical" href="https://harbourgazette.com/news/ferry">');
    expect(bodyOf(html, await scoped())).not.toContain('Sponsored by');
  });

  it('reads hosts without www and rejects what is not a url', () => {
    expect([hostOf('https://WWW.Harbourgazette.com/x'), hostOf('not a url'), hostOf(null)]).toEqual(['harbourgazette.com', null, null]);
  });

  it('orders keep rules before drop rules', async () => {
    const user = await rules({ rules: [{ id: 'd', lines: 'x' }, { id: 'k', action: 'keep', lines: 'y' }] });
    expect(rulesForHost(user, null).map((r) => r.id)).toEqual(['k', 'd']);
  });
});

describe('extra labels', () => {
  it('a teaser label drops its heading and the headline list under it', async () => {
    const list = '<h3>Lesenswert</h3><ul><li><a href="/a">Bridge repairs to start in March</a></li><li><a href="/b">New bus route for the north shore</a></li><li><a href="/c">Lifeboat crew honoured at dinner</a></li></ul>';
    const text = `Ferry timetable changes\n\n${LEAD}\n\n${MIDDLE}\n\nLesenswert\n\nBridge repairs to start in March\nNew bus route for the north shore\nLifeboat crew honoured at dinner\n\n${END}\n`;
    const user = await rules({ labels: { teaser: ['Lesenswert'] } });
    expect(bodyOf(text)).toContain('Lesenswert');
    expect(bodyOf(text, user)).not.toContain('Lesenswert');
    expect(bodyOf(text, user)).not.toContain('Bridge repairs');
    expect(bodyOf(page(list), user)).not.toContain('Lesenswert');
    expect(ruleOf(text, 'Lesenswert', user)).toBe('drop-teaser-labels');
  });

  it('an ad label drops the slot caption, noting it came from the user', async () => {
    const user = await rules({ labels: { ad: ['Hirdetés'] } });
    const result = extract(TEXT_PAGE.replace('Sponsored by Island Bakery', 'HIRDETÉS'), { now: NOW, userRules: user, explain: true });
    const decision = result.trace?.find((d) => d.text === 'HIRDETÉS');
    expect([decision?.rule, decision?.reason]).toEqual(['drop-ad-labels', 'advertising label (user label)']);
  });
});

describe('the regex guard', () => {
  it('stops a catastrophic pattern and says so', () => {
    const started = Date.now();
    expect(testAll([/^(a+)+$/], ['a'.repeat(40) + '!'], 50)).toEqual({ ok: false });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(testAll([/ferry/, /^x/], ['the ferry', 'x-ray'], 250)).toEqual({ ok: true, matches: [[true, false], [false, true]] });
  });

  it('skips only the slow rule on that page, with a warning; the others still apply', async () => {
    const user = await rules({ rules: [{ id: 'slow', regex: '^(a+)+$' }, { id: 'sponsor', regex: '^Sponsored by ' }] });
    const result = extract(TEXT_PAGE + `\n${'a'.repeat(40)}!\n`, { now: NOW, userRules: user });
    expect(result.warnings).toEqual(['user rule "slow": its regex ran out of time on this page and was skipped']);
    expect(result.ok && result.article.body).not.toContain('Sponsored by');
  });
});

describe('the page budget for user rules', () => {
  const SLOW = '^(a+)+$';
  const page = TEXT_PAGE + `\n${'a'.repeat(40)}!\n`;

  it('200 catastrophic patterns cost one page budget, not 250 ms each (51 s a page before)', async () => {
    const user = await rules({ rules: [...Array.from({ length: 200 }, (_, i) => ({ id: `slow-${i}`, regex: SLOW })), { id: 'sponsor', regex: '^Sponsored by ' }] });
    const started = Date.now();
    const result = extract(page, { now: NOW, userRules: user });
    expect(Date.now() - started).toBeLessThan(10_000);
    // The first slow rules run out of their own time and are counted; the rest never ran.
    expect(result.userRuleTimeouts?.length).toBeGreaterThanOrEqual(1);
    expect(result.userRuleTimeouts?.length).toBeLessThanOrEqual(4);
    expect(result.warnings).toContain('user rule "slow-199": skipped, the page\'s time budget for user rules was spent');
  }, 30_000);

  it('a catastrophic CSS selector is stopped too, and only its rule is lost', async () => {
    const html = `<html><body>${'<div>'.repeat(100)}<span>deep</span>${'</div>'.repeat(100)}<article><p>${LEAD}</p><p>${MIDDLE}</p><p class="sponsor">Sponsored by Island Bakery</p><p>${END}</p></article></body></html>`;
    const user = await rules({ rules: [{ id: 'nested-has', selector: 'div:has(div:has(div:has(div:has(em))))' }, { id: 'sponsor', selector: '.sponsor' }] });
    const started = Date.now();
    const result = extract(html, { now: NOW, userRules: user, inputType: 'html' });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result.userRuleTimeouts).toEqual(['nested-has']);
    expect(result.ok && result.article.body).not.toContain('Sponsored by');
  }, 30_000);

  it('a rule that runs out of time on three pages is switched off for the rest of the run, with one warning', async () => {
    const health = new RuleHealth();
    const user = await rules({ rules: [{ id: 'slow', regex: SLOW }, { id: 'sponsor', regex: '^Sponsored by ' }] });
    const said: string[] = [];
    const timedOut: (string[] | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const result = extract(page, { now: NOW, userRules: health.active(user) });
      timedOut.push(result.userRuleTimeouts);
      said.push(...health.note(result.userRuleTimeouts));
      expect(result.ok && result.article.body).not.toContain('Sponsored by');
    }
    expect(timedOut).toEqual([['slow'], ['slow'], ['slow'], undefined]);
    expect(said).toEqual(['user rule "slow" ran out of time on 3 pages: switched off for the rest of the run']);
    expect(health.active(user)?.rules.map((r) => r.id)).toEqual(['sponsor']);
  }, 30_000);
});

describe('selected elements become Block.selectedBy', () => {
  it('marks blocks inside a matched element, nested or not, and not a paragraph around a matched span', async () => {
    const doc = parseHtml('<div class="box"><p>One inside.</p><section class="box inner"><p>Two deep.</p></section></div><p>Out <span class="box">span</span> here.</p>');
    const user = await rules({ rules: [{ id: 'box', selector: '.box' }, { id: 'inner', selector: '.inner' }] });
    const selected = new Map<import('domhandler').Element, string[]>();
    for (const rule of user.rules) for (const el of user.select!(doc, rule.selectors[0])) selected.set(el, [...(selected.get(el) ?? []), rule.id]);
    const { blocks } = htmlToBlocks(doc, selected);
    expect(blocks.map((b) => [b.text, b.selectedBy ?? []])).toEqual([
      ['One inside.', ['box']],
      ['Two deep.', ['box', 'inner']],
      ['Out span here.', []],
    ]);
  });
});

describe('the CLI', () => {
  async function pith(argv: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
    let out = '';
    let err = '';
    const code = await runCli({ stdout: (s) => (out += s), stderr: (s) => (err += s), stdin: Readable.from([]), stderrIsTTY: false, env: opts.env ?? {}, cwd: opts.cwd }, argv);
    return { code, out, err };
  }
  const setup = () => {
    const dir = tmp();
    writeFileSync(join(dir, 'page.txt'), TEXT_PAGE);
    writeFileSync(join(dir, 'team.json'), JSON.stringify({ rules: [{ id: 'sponsor-credit', regex: '^Sponsored by ' }] }));
    return dir;
  };

  it('shows a user rule by its id in --explain', async () => {
    const dir = setup();
    const r = await pith(['--now', NOW, '--rules', join(dir, 'team.json'), '--explain', '--format', 'json', join(dir, 'page.txt')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).blocks.find((d: { text: string }) => d.text.startsWith('Sponsored by')).rule).toBe('user:sponsor-credit');
  });

  it('finds pith.rules.json in the working directory, or the file $PITH_RULES names', async () => {
    const dir = setup();
    expect(JSON.parse((await pith(['--now', NOW, join(dir, 'page.txt')], { cwd: dir, env: { PITH_RULES: join(dir, 'team.json') } })).out).body).not.toContain('Sponsored by');
    expect(JSON.parse((await pith(['--now', NOW, join(dir, 'page.txt')], { cwd: dir })).out).body).toContain('Sponsored by');
    writeFileSync(join(dir, 'pith.rules.json'), JSON.stringify({ rules: [{ id: 'local', lines: 'Sponsored by Island Bakery' }] }));
    expect(JSON.parse((await pith(['--now', NOW, join(dir, 'page.txt')], { cwd: dir })).out).body).not.toContain('Sponsored by');
  });

  it('refuses a bad rules file before reading any input: one line naming the entry, exit 2', async () => {
    const dir = setup();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ rules: [{ id: 'ok', lines: 'x' }, { id: 'broken', regex: '[z-a]' }] }));
    const r = await pith(['--now', NOW, '--rules', join(dir, 'bad.json'), join(dir, 'page.txt')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trimEnd().split('\n')).toEqual([expect.stringMatching(/^pith: .*bad\.json: rules\[1\]\.regex\[0\]: invalid regular expression/)]);
  });

  it.skipIf(!existsSync('dist/bin/worker.js'))('applies user rules in batch mode, inline and in worker threads', () => {
    const dir = setup();
    for (const jobs of ['1', '2']) {
      const r = spawnSync(process.execPath, ['bin/pith.js', '--now', NOW, '--quiet', '--jobs', jobs, '--rules', join(dir, 'team.json'), join(dir, 'page.txt'), join(dir, 'page.txt')], { encoding: 'utf8' });
      const bodies = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).body as string);
      expect(bodies, `--jobs ${jobs}`).toHaveLength(2);
      for (const body of bodies) {
        expect(body, `--jobs ${jobs}`).toContain(MIDDLE);
        expect(body, `--jobs ${jobs}`).not.toContain('Sponsored by');
      }
    }
  });
});

// Browser test of `claimex render`: opens the page in Debian's chromium
// (headless, through playwright-core) and checks the DOM against the JSON
// that `claimex extract` writes for the same articles: one highlight per
// annotation, clicking a quotation selects its speaker, the index charts
// count what the records hold. Saves a screenshot of each page.
//
//   node render_test.mjs CLAIMEX OUT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [claimex, outDir] = process.argv.slice(2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
fs.mkdirSync(outDir, { recursive: true });
let passed = 0;
let failed = 0;
function expect(name, cond, detail = '') {
  if (cond) passed++;
  else {
    failed++;
    console.log(`FAIL ${name} ${detail}`);
  }
}

function records(args) {
  const out = execFileSync(claimex, ['extract', '--jobs', '1', ...args], { cwd: root, maxBuffer: 1 << 28 });
  return out.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}
function render(args, file) {
  execFileSync(claimex, ['render', ...args, '-o', file], { cwd: root });
  return 'file://' + path.resolve(file);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

// ---- one article ----
const article = 'corpus/dev/tripoli-ceasefire-talks.txt';
const [rec] = records([article]);
await page.goto(render([article], path.join(outDir, 'article.html')));

const ids = await page.evaluate(() => {
  const seen = { d: new Set(), p: new Set(), a: new Set(), m: new Set(), c: new Set() };
  document.querySelectorAll('.s[data-e]').forEach((el) =>
    el.getAttribute('data-e').split(' ').forEach((id) => seen[id[0]].add(id)));
  document.querySelectorAll('.s[data-c], .s[data-cue]').forEach((el) =>
    ((el.getAttribute('data-c') || '') + ' ' + (el.getAttribute('data-cue') || '')).split(' ').filter(Boolean)
      .forEach((id) => seen.c.add(id)));
  return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, [...v].sort()]));
});
const jsonIds = (field) => rec[field].map((x) => x.id).sort();
expect('dates highlighted', JSON.stringify(ids.d) === JSON.stringify(jsonIds('dates')), `${ids.d} vs ${jsonIds('dates')}`);
expect('places highlighted', JSON.stringify(ids.p) === JSON.stringify(jsonIds('places')), `${ids.p}`);
expect('actors highlighted', JSON.stringify(ids.a) === JSON.stringify(jsonIds('actors')), `${ids.a}`);
expect('markers highlighted', JSON.stringify(ids.m) === JSON.stringify(jsonIds('anonymity_markers')), `${ids.m}`);
expect('claims highlighted', JSON.stringify(ids.c) === JSON.stringify(jsonIds('claims')), `${ids.c}`);
expect('claim count shown', (await page.textContent('.count-claims')) === String(rec.claims.length));
const share = Math.round((100 * rec.summary.anonymous) / rec.summary.claims) + '%';
expect('anonymous share shown', (await page.textContent('.anon-share')) === share, share);
expect('anonymous claims marked', (await page.locator('.s.quote.anon').count()) > 0 === rec.claims.some((c) => c.anonymous));

// Clicking a quotation selects its claim and lights up its speaker: the
// source span, and every mention of the actor a pronoun resolved to.
const pronoun = rec.claims.find((c) => c.source.resolved && c.source.actor && c.source.text && /^(he|she|they)$/i.test(c.source.text));
expect('the article has a pronoun speaker', !!pronoun);
for (const claim of [rec.claims.find((c) => c.source.text && !c.source.resolved), pronoun]) {
  if (!claim) continue;
  await page.locator(`.s[data-c~="${claim.id}"]`).first().click();
  expect(`click selects ${claim.id}`, (await page.getAttribute('section.article', 'data-selected')) === claim.id);
  expect(`${claim.id} speaker shown`, (await page.textContent('.speaker-name')) === claim.source.name,
    `${await page.textContent('.speaker-name')} vs ${claim.source.name}`);
  const lit = await page.evaluate((c) => {
    const has = (el, a, id) => (el.getAttribute(a) || '').split(' ').includes(id);
    const segs = [...document.querySelectorAll('.s')];
    const src = segs.filter((el) => has(el, 'data-src', c.id) || (c.source.actor && has(el, 'data-e', c.source.actor)));
    const content = segs.filter((el) => has(el, 'data-c', c.id));
    return {
      src: src.length, srcLit: src.every((el) => el.classList.contains('sel-src')),
      content: content.length, contentLit: content.every((el) => el.classList.contains('sel')),
      stray: segs.filter((el) => el.classList.contains('sel') && !has(el, 'data-c', c.id)).length,
    };
  }, claim);
  expect(`${claim.id} source lit`, lit.src > 0 && lit.srcLit, JSON.stringify(lit));
  expect(`${claim.id} content lit, nothing else`, lit.content > 0 && lit.contentLit && lit.stray === 0, JSON.stringify(lit));
}
await page.screenshot({ path: path.join(outDir, 'render-article.png'), fullPage: true });

// ---- many articles: the index ----
const all = records(['corpus']);
await page.goto(render(['corpus'], path.join(outDir, 'corpus.html')));
expect('one section per record', (await page.locator('section.article').count()) === all.length);
const claims = all.reduce((n, r) => n + (r.claims ? r.claims.length : 0), 0);
expect('corpus claim count', (await page.textContent('.corpus-claims')) === String(claims), String(claims));
expect('a share bar per article', (await page.locator('svg.shares rect.bar').count()) === all.length);
const countries = new Set(all.flatMap((r) => r.places.map((p) => p.country).filter(Boolean)));
const plotted = await page.evaluate(() => [...document.querySelectorAll('svg.world circle')].map((c) => c.getAttribute('data-country')));
expect('a dot per country named', plotted.length === countries.size && plotted.every((c) => countries.has(c)),
  `${plotted.length} vs ${countries.size}`);
expect('dates on the timeline', (await page.locator('svg.timeline line.date-tick').count()) > 0);
await page.locator('section.index').screenshot({ path: path.join(outDir, 'render-index.png') });

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

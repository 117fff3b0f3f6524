import { describe, expect, it } from 'vitest';
import type { Target } from './bcd';
import { applyAllowlist, declaredTarget, findUnsupported, formatProblems, stableName } from './check';

// Expected versions are read off MDN's compatibility tables (BCD 8.1.9), not computed by the checker.
const CHROME_109: Target = { browser: 'chrome', version: 109 };
const FIREFOX_115: Target = { browser: 'firefox', version: 115 };

function flagged(code: string, target: Target = CHROME_109) {
  return findUnsupported([{ file: 'bundle.js', code }], [], target).map((use) => [use.feature.name, use.feature.added]);
}

function flaggedCss(css: string, target: Target = CHROME_109) {
  return findUnsupported([], [{ file: 'page.css', code: css }], target).map((use) => [
    use.feature.name,
    use.feature.added,
  ]);
}

describe('the compatibility checker on a synthetic bundle', () => {
  const bundle = 'function f(e,t){if(URL.canParse(e))return t.toSorted();return t.at(-1)}';

  it('flags URL.canParse (Chrome 120) and Array.prototype.toSorted (Chrome 110), not Array.prototype.at (92)', () => {
    expect(flagged(bundle)).toEqual([
      ['URL.canParse', '120'],
      ['.toSorted()', '110'],
    ]);
  });

  it('passes the same bundle for Firefox 115, which has all three', () => {
    expect(flagged(bundle, FIREFOX_115)).toEqual([]);
  });

  it('says where each use is and since when it exists', () => {
    const uses = findUnsupported([{ file: 'background.js', code: `let a=1;\nURL.canParse(a)` }], [], CHROME_109);
    expect(formatProblems(uses, CHROME_109)).toBe(
      [
        'Chrome 109 lacks 1 feature(s) the build uses:',
        '  URL.canParse (since Chrome 120; BCD api.URL.canParse_static)',
        '    background.js:2:5  …let a=1; URL.canParse(a)…',
      ].join('\n'),
    );
  });

  it('matches statics only on the global itself', () => {
    expect(flagged('Object.groupBy(a,b);globalThis.Promise.withResolvers()')).toEqual([
      ['Object.groupBy', '117'],
      ['Promise.withResolvers', '119'],
    ]);
    expect(flagged('lodash.groupBy(a,b);function g(Object){return Object.groupBy(a)}')).toEqual([]);
  });

  it('ignores feature detection and the code it guards', () => {
    const detected = [
      'typeof Promise.withResolvers',
      'if(Promise.withResolvers)x()',
      'Promise.withResolvers&&Promise.withResolvers()',
      'Promise.withResolvers?Promise.withResolvers():y()',
      'Promise.withResolvers?.()',
    ];
    for (const code of detected) expect(flagged(code), code).toEqual([]);
  });

  it('flags a method by name only where it is called, not where data shares the name', () => {
    expect(flagged('a.toSorted;a.toSorted=1;a.toSorted()')).toEqual([['.toSorted()', '110']]);
  });

  it('flags extension APIs whatever the bundler renamed `browser` to', () => {
    expect(flagged('e.default.sidePanel.open({})')).toEqual([['sidePanel.open', '116']]);
    expect(flagged('e.default.storage.session.get()')).toEqual([]);
    expect(flagged('e.default.storage.session.get()', FIREFOX_115)).toEqual([]);
  });

  it('checks Firefox against its own versions', () => {
    expect(flagged('navigator.userActivation.isActive;new Intl.Segmenter()', FIREFOX_115)).toEqual([
      ['navigator.userActivation', '120'],
      ['Intl.Segmenter', '125'],
    ]);
  });

  it('rejects syntax newer than both targets parse', () => {
    expect(() => flagged('/[\\p{L}--\\p{N}]/v.test(s)')).toThrow(/bundle\.js: syntax newer than ES2023/);
    expect(flagged('class A{static{}#x;m(o){return #x in o}}')).toEqual([]);
  });
});

describe('the CSS check', () => {
  it('flags nesting (Chrome 120) but not :has() (Chrome 105)', () => {
    expect(flaggedCss('.a:has(b){color:red;&:hover{color:blue}}')).toEqual([['& (nesting)', '120']]);
  });

  it('flags :has() for Firefox 115 (Firefox 121)', () => {
    expect(flaggedCss('.a:has(b){color:red}', FIREFOX_115)).toEqual([[':has', '121']]);
  });

  it('reads @page { size } as the page descriptor (Chrome 15), and flags page-orientation for Firefox 115 (122)', () => {
    const page = '@page{size:A4 landscape;page-orientation:rotate-left;margin:12mm}';
    expect(flaggedCss(page)).toEqual([]);
    expect(flaggedCss(page, FIREFOX_115)).toEqual([['@page page-orientation', '122']]);
  });

  it("reads CSS 2's clip: rect() as supported", () => {
    expect(flaggedCss('.sr{clip:rect(0 0 0 0)}')).toEqual([]);
  });

  it('finds stylesheets inlined into a bundle', () => {
    expect(flagged('var s=`.fo-root{color:red}.fo-panel{&:hover{color:blue}}`;')).toEqual([['& (nesting)', '120']]);
  });
});

describe('the allowlist', () => {
  // Far enough apart that the code around one use does not reach the other.
  const code = `a.toSorted();\n${'f();'.repeat(30)}\nb.toSorted(1)`;
  const uses = findUnsupported([{ file: 'chunks/lib-DpwMaBC0.js', code }], [], CHROME_109);

  it('excuses only the uses its file and context cover, and reports allowances that excuse nothing', () => {
    const result = applyAllowlist(uses, [
      { feature: '.toSorted()', file: 'chunks/lib.js', context: /b\.toSorted/, reason: 'test' },
      { feature: '.toSorted()', file: 'other.js', reason: 'stale' },
    ]);
    expect(result.problems.map((use) => use.line)).toEqual([1]);
    expect(result.allowed.map((use) => use.line)).toEqual([3]);
    expect(result.unusedAllowances.map((a) => a.reason)).toEqual(['stale']);
  });

  it('names bundles without their content hash', () => {
    expect(stableName('chunks/exceljs.min-DpwMaBC0.js')).toBe('chunks/exceljs.min.js');
    expect(stableName('background.js')).toBe('background.js');
  });
});

describe('the declared target', () => {
  it('comes from the manifest the build wrote', () => {
    expect(declaredTarget({ minimum_chrome_version: '109' })).toEqual(CHROME_109);
    expect(declaredTarget({ browser_specific_settings: { gecko: { strict_min_version: '115.0' } } })).toEqual(
      FIREFOX_115,
    );
    expect(() => declaredTarget({})).toThrow(/neither/);
  });
});

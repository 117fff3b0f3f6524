import type { Allowance } from './check';

/**
 * Uses the checker flags that are safe in Chrome 109 / Firefox 115. Most are a library's own method that
 * shares a name with a new built-in; the checker matches methods by name, so it cannot tell them apart.
 * Keep each entry as narrow as the evidence: a file, and a context pattern when the file is shared.
 */
export const ALLOWLIST: readonly Allowance[] = [
  {
    feature: '.take()',
    file: 'background.js',
    context: /await \w+\.take\(\w+\)/,
    reason: "FillOnce's own NoticeStore.take (lib/service/notices.ts), not Iterator.prototype.take.",
  },
  {
    feature: '.toArray()',
    file: 'chunks/dashboard.js',
    context: /\.nullCount\?\w+\.toJSON\(\):\w+\.toArray\(\)/,
    reason: "Observable Plot reading an Apache Arrow column's own Vector.toArray, not Iterator.prototype.toArray.",
  },
  {
    feature: '.toArray()',
    file: 'chunks/exceljs.min.js',
    reason: "bn.js, elliptic and hash.js (crypto-browserify inside exceljs's bundle) define their own toArray.",
  },
  {
    feature: '.locale()',
    file: 'chunks/exceljs.min.js',
    context: /this\.locale\(\w+\)\.\$L/,
    reason: "dayjs's own Dayjs.prototype.locale, bundled into exceljs.",
  },
  {
    feature: '.clearImmediate()',
    file: 'chunks/exceljs.min.js',
    context: /\w\.clearImmediate\(\w\)\)\}\)\),\w\},\w\.clearImmediate=/,
    reason: 'The setImmediate shim in exceljs calls the clearImmediate it defines on the next statement.',
  },
  {
    feature: '.getPublicKey()',
    file: 'chunks/exceljs.min.js',
    context: /this\.getPublicKey\(/,
    reason: "elliptic's own KeyPair/ECDH getPublicKey (crypto-browserify inside exceljs), not WebAuthn's.",
  },
  {
    feature: '.delay()',
    file: 'chunks/exceljs.min.js',
    context: /\w\.delay\((?:this\._tickAndRepeat|\w,arguments|this\._worker\.resume)/,
    reason: "JSZip's own utils.delay, bundled into exceljs, not IntersectionObserver's delay.",
  },
  {
    feature: 'Symbol.dispose',
    context: /\w\.bind\(\w\);return \w\[Symbol\.dispose\]=\w/,
    reason:
      "@preact/signals-core's effect() sets dispose[Symbol.dispose] = dispose; without the symbol that writes a " +
      'property named "undefined" that nothing reads. Which bundles hold signals changes with code splitting.',
  },
  {
    feature: 'navigation',
    context: /\?globalThis\.navigation\.addEventListener\(`navigate`/,
    reason:
      "WXT's location watcher (wxt/utils/internal/location-watcher) calls it only when " +
      "`typeof globalThis.navigation?.addEventListener === 'function'`, held in a variable the checker cannot follow.",
  },
];

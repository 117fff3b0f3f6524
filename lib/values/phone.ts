// Chinese phone numbers: 11-digit mobiles, and landlines as area code + local number.
const MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
// 010 and 02x are the only three-digit area codes; every other code is four digits.
const AREA = /^(010|02\d|0[3-9]\d{2})/;
const EXTENSION_MARK = /^(.+?)(?:转|分机|ext\.?|x|#)(\d{1,6})$/i;
// Hyphen, the Unicode dashes NFKC leaves alone, and brackets around an area code.
const SEPARATORS = /[-‐‑‒–—―()[\]]/g;
const GROUP_BREAK = /[-‐‑‒–—―()[\]\s]+/;

/**
 * A mobile as 11 digits, a landline as 0AA(A)-NNNNNNN(N) with an optional -extension;
 * null for anything else (no area code, service numbers like 400-…, stray text).
 */
export function normalizePhone(raw: string): string | null {
  const text = raw.normalize('NFKC').trim();
  if (!text) return null;
  const compact = text.replace(/\s+/g, '');
  const marked = EXTENSION_MARK.exec(compact);
  if (marked) return landline(groups(marked[1] ?? ''), marked[2]);
  const mobile = MOBILE.exec(compact.replace(SEPARATORS, ''));
  if (mobile) return mobile[1] ?? null;
  return landline(groups(text));
}

export function isMobile(raw: string): boolean {
  return /^1\d{10}$/.test(normalizePhone(raw) ?? '');
}

export function isLandline(raw: string): boolean {
  return normalizePhone(raw)?.startsWith('0') ?? false;
}

// Dashes, brackets and spaces separate digit groups; the grouping tells an extension apart.
// +86 10 … is the international form of 010 …: the country code stands in for the trunk 0.
function groups(text: string): string[] | null {
  const parts = text
    .replace(/^[([]?(?:\+86|0086)[)\]]?[-‐‑‒–—―\s]*/, '0')
    .split(GROUP_BREAK)
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => /^\d+$/.test(part)) ? parts : null;
}

function landline(parts: string[] | null, extension?: string): string | null {
  if (!parts?.[0]) return null;
  const area = AREA.exec(parts[0])?.[1];
  if (!area) return null;
  const local = [parts[0].slice(area.length), ...parts.slice(1)].filter(Boolean);
  const readings = localReadings(area, local, extension);
  // Two readings of the same digits (0755-888-8888-8: 7 digits + ext 8, or 8 digits?) → refuse.
  if (readings.length !== 1) return null;
  return readings[0] ?? null;
}

function localReadings(area: string, local: string[], extension?: string): string[] {
  const read = (number: string, ext?: string) =>
    isLocalNumber(area, number) ? [`${area}-${number}${ext ? `-${ext}` : ''}`] : [];
  const isExtension = (group?: string) => group !== undefined && /^\d{1,6}$/.test(group);
  if (extension !== undefined) return read(local.join(''), extension);
  // A group that is a whole local number by itself makes whatever follows the extension.
  const [first = '', ...after] = local;
  if (isLocalNumber(area, first)) {
    if (after.length === 0) return read(first);
    return after.length === 1 && isExtension(after[0]) ? read(first, after[0]) : [];
  }
  const last = local.length > 1 ? local[local.length - 1] : undefined;
  return [...read(local.join('')), ...(isExtension(last) ? read(local.slice(0, -1).join(''), last) : [])];
}

// Local numbers never start with 0 or 1; three-digit areas (big cities) all have 8 digits.
function isLocalNumber(area: string, number: string): boolean {
  return area.length === 3 ? /^[2-9]\d{7}$/.test(number) : /^[2-9]\d{6,7}$/.test(number);
}

import { splitDivisionName } from './division-names';
import { type Division, isPlaceholderCity, provinces } from './division-tree';

export type AddressParts = { province?: string; city?: string; county?: string; rest: string };

type Label = { division: Division; text: string; short: boolean };
type Peeled = { label: Label; rest: string };

const full = (division: Division): Label => ({ division, text: division.name, short: false });
const counties = (divisions: readonly Division[]) => divisions.flatMap((d) => d.children);

// Provinces may be written short (广西, 北京); cities and counties only in full, because short
// county names (朝阳, 和平, 新华) are also the start of many street names.
let topLabels: readonly Label[] | undefined;
function top(): readonly Label[] {
  const all = provinces();
  topLabels ??= [
    ...all.map(full),
    ...all.map((p) => ({ division: p, text: splitDivisionName(p.name).stem, short: true })),
    ...all.flatMap((p) => p.children.filter((c) => !isPlaceholderCity(c))).map(full),
    ...counties(all.flatMap((p) => p.children)).map(full),
  ];
  return topLabels;
}

/**
 * Peels the province, city and county names off the start of an address, returning their GB/T
 * 2260 names and the rest. Only the levels written are returned: 北京市东城区… has no city, as
 * the text names none. A name shared by two places (朝阳区) stops the peeling there.
 */
export function splitAddress(raw: string): AddressParts {
  const text = raw.normalize('NFKC').trim();
  const first = peel(text, top());
  if (!first) return { rest: text };
  const parts: AddressParts = { rest: first.rest };
  let current: Division | null = first.label.division;
  for (let step = 0; current; step++) {
    parts[current.level] = current.name;
    const next: Peeled | null = current.level === 'county' ? null : peel(parts.rest, below(current));
    // A short province name counts only when a known city or county follows it (江西路 is not
    // an address in 江西).
    if (step === 0 && first.label.short && !next) return { rest: text };
    if (next) parts.rest = next.rest;
    current = next?.label.division ?? null;
  }
  return parts;
}

function below(division: Division): Label[] {
  if (division.level !== 'province') return division.children.map(full);
  // 北京市北京市东城区: cascades write a municipality's name again at the city level.
  const repeated = division.children.every(isPlaceholderCity) ? [full(division)] : [];
  const cities = division.children.filter((c) => !isPlaceholderCity(c) || c.name === '市辖区');
  return [...repeated, ...cities.map(full), ...counties(division.children).map(full)];
}

// The longest name the text starts with, when exactly one division owns it.
function peel(text: string, labels: readonly Label[]): Peeled | null {
  const matches = labels.filter((l) => l.text && text.startsWith(l.text));
  const longest = Math.max(0, ...matches.map((l) => l.text.length));
  const best = matches.filter((l) => l.text.length === longest);
  if (best.length === 0 || new Set(best.map((l) => l.division)).size !== 1) return null;
  const label = best[0] as Label;
  return { label, rest: text.slice(label.text.length).trimStart() };
}

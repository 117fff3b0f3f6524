import { guessFromText } from './classify';
import type { FieldMatch } from './index';
import { listMemberRows } from './member-groups';
import { normalizeText } from './text';
import { vocabulary } from './vocabulary';

type Rule = (matches: FieldMatch[]) => void;

function near(matches: FieldMatch[], index: number, key: string, distance = 2): boolean {
  for (let j = Math.max(0, index - distance); j <= Math.min(matches.length - 1, index + distance); j++) {
    if (j !== index && matches[j]?.key === key) return true;
  }
  return false;
}

/** "Vorname" beside "Name": the name is the family name. "Nombre" beside "Apellidos": the given one. */
const namePairs: Rule = (matches) => {
  matches.forEach((match, i) => {
    if (match.key !== 'name') return;
    if (near(matches, i, 'given-name') && !near(matches, i, 'family-name')) match.key = 'family-name';
    else if (near(matches, i, 'family-name') && !near(matches, i, 'given-name')) match.key = 'given-name';
  });
};

/**
 * A street field is the first of several lines only when a second line (or an apartment
 * line) follows; alone it holds the whole street address. Firefox reads forms this way too.
 */
const addressLines: Rule = (matches) => {
  matches.forEach((match, i) => {
    if (match.key !== 'street-address' && match.key !== 'address-line1') return;
    const following = matches.slice(i + 1, i + 6).map((other) => other.key);
    const moreLines = following.includes('address-line2') || following.includes('address-apartment');
    const saysLineOne = guessFromText(match.label).key === 'address-line1';
    match.key = moreLines || saysLineOne ? 'address-line1' : 'street-address';
  });
};

/**
 * 失业登记日期 is the day someone registered as unemployed, a fact about them, not the day the
 * form is filled: a fill date's phrase must open its label, with nothing qualifying it.
 */
const unqualifiedFillDates: Rule = (matches) => {
  for (const match of matches) {
    if (match.key !== 'form.fill-date' || !match.label.trim()) continue;
    const opening = vocabulary()
      .labels.find(normalizeText(match.label))
      .some((phrase) => phrase.key === 'form.fill-date' && phrase.start === 0);
    if (!opening) match.key = null;
  }
};

/** A widget a person picks from, never types into: a select, a combobox, a cascader. */
const PICKER_CLASS = /(?:^|[-_])(?:select|cascader)(?:$|[-_])/;
const PICKER_DEPTH = 4;

function isPicker(element: Element): boolean {
  if (element.tagName === 'SELECT' || element.getAttribute('role') === 'combobox') return true;
  if (element.hasAttribute('readonly')) return true;
  let node: Element | null = element;
  for (let depth = 0; node && depth < PICKER_DEPTH; depth++, node = node.parentElement) {
    if (Array.from(node.classList).some((name) => PICKER_CLASS.test(name))) return true;
  }
  return false;
}

const CASCADER_CLASS = /(?:^|[-_])cascader(?:$|[-_])/;
const ONE_LEVEL = new Set(['address-level1', 'address-level2', 'address-level3', 'address-level4']);

function isCascader(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth < PICKER_DEPTH; depth++, node = node.parentElement) {
    if (Array.from(node.classList).some((name) => CASCADER_CLASS.test(name))) return true;
  }
  return false;
}

/**
 * 现居住地 on a cascader or a select picks the region: a street line is typed, never picked.
 * A cascader is never one level, whatever its name says (name="region" reads as a province).
 */
const pickedAddresses: Rule = (matches) => {
  for (const match of matches) {
    const picked = match.key === 'street-address' && isPicker(match.element);
    if (picked || (ONE_LEVEL.has(match.key ?? '') && isCascader(match.element))) match.key = 'address.region';
  }
};

/** A street beside a house number field holds the street name only, not a whole address. */
const streetNames: Rule = (matches) => {
  matches.forEach((match, i) => {
    const street = match.key === 'street-address' || match.key === 'address-line1';
    if (street && near(matches, i, 'address-housenumber', 1)) match.key = 'address-streetname';
  });
};

/** Birth date split over day, month and year controls: no single control holds the date. */
const splitDates: Rule = (matches) => {
  const parts = matches.filter((match, i) => match.key === 'bday' && near(matches, i, 'bday', 1));
  for (const part of parts) part.key = null;
};

/** 申请人 is the form's own subject unless the form also asks about an agent. */
const applicantIsSubject: Rule = (matches) => {
  if (matches.some((match) => match.entity === 'agent')) return;
  for (const match of matches) if (match.entity === 'applicant') delete match.entity;
};

/** In a village's statistical report the farmland is the village's, not a household's. */
const villageFarmland: Rule = (matches) => {
  if (matches.filter((match) => match.key?.startsWith('village.')).length < 2) return;
  for (const match of matches) if (match.key === 'household.farmland-area') match.key = 'village.farmland-area';
};

/** A member's own income is not the household's: household keys belong to no member row. */
const householdNotMember: Rule = (matches) => {
  for (const match of matches) {
    if (match.key?.startsWith('household.') && match.entity?.startsWith('member-')) match.key = null;
  }
};

const LEVEL_KEYS = ['address-level1', 'address-level2', 'address-level3', 'address-level4', 'address.village'];

// What a select's options are named like says its level: 西江镇, 丹江镇 are townships.
const OPTION_LEVELS: ReadonlyArray<readonly [RegExp, number]> = [
  [/(?:省|自治区|特别行政区)$/, 0],
  [/(?:自治州|州|盟|地区)$/, 1],
  [/(?:县|旗|区)$/, 2],
  [/(?:乡|镇|街道|苏木)$/, 3],
  [/(?:村|社区|居委会|村委会|嘎查)$/, 4],
];

/** The level most of a select's options name, or undefined when they name none (an empty dependent select). */
function optionLevel(select: Element): number | undefined {
  const votes = new Map<number, number>();
  for (const option of Array.from((select as HTMLSelectElement).options ?? [])) {
    const level = OPTION_LEVELS.find(([pattern]) => pattern.test(option.text.trim()))?.[1];
    if (level !== undefined) votes.set(level, (votes.get(level) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * One 省/市/县 label over two to five selects side by side: each select is one level of the
 * path, not the whole path (layui's linked selects, a legacy page's dropdowns). A select's
 * options say its level; one still empty comes after the one before it.
 */
const regionLevels: Rule = (matches) => {
  for (let i = 0; i < matches.length; i++) {
    const first = matches[i] as FieldMatch;
    if (first.key !== 'address.region' || first.element.tagName !== 'SELECT') continue;
    let end = i;
    while (
      end + 1 < matches.length &&
      matches[end + 1]?.key === 'address.region' &&
      matches[end + 1]?.label === first.label
    )
      end++;
    const run = matches.slice(i, end + 1);
    // layui draws an input after each hidden select: it takes its select's level.
    const selects = run.filter((match) => match.element.tagName === 'SELECT').length;
    if (selects >= 2 && selects <= LEVEL_KEYS.length) {
      let level = -1;
      for (const match of run) {
        if (match.element.tagName === 'SELECT') level = Math.max(optionLevel(match.element) ?? level + 1, level + 1);
        match.key = LEVEL_KEYS[level] ?? null;
      }
    }
    i = end;
  }
};

/**
 * 与申请人关系 (与本人关系, 与参保人关系) in a member row is the member's relation to the head who
 * applies; elsewhere it is an agent's or a guardian's relation to the applicant, which is no
 * relation to the head.
 */
const relationToApplicant: Rule = (matches) => {
  for (const match of matches) {
    const inRow = match.entity?.startsWith('member-');
    const toApplicant = /申请人|本人|参保人|申报人|登记人/.test(match.label);
    if (match.key === 'person.relation-to-head' && !inRow && toApplicant) match.key = null;
  }
};

const BARE_ACCOUNT = /^(?:卡号|卡号码|[账帐](?:号|户号|户号码))$/;

/** A bare 卡号 or 账号 beside 开户行 is that bank's account, as a person reads it. */
const bankAccountBesideBank: Rule = (matches) => {
  matches.forEach((match, i) => {
    const bare = match.key === null && BARE_ACCOUNT.test(normalizeText(match.label));
    if (bare && near(matches, i, 'bank.name', 1)) match.key = 'bank.account';
  });
};

/** 是否劳动力, 是否残疾人家庭: a yes-or-no question about a field, never the figure it names. */
const yesNoQuestions: Rule = (matches) => {
  for (const match of matches) if (/^\s*[*＊]?\s*是否/.test(match.label)) match.key = null;
};

const RULES: readonly Rule[] = [
  yesNoQuestions,
  pickedAddresses,
  regionLevels,
  listMemberRows,
  relationToApplicant,
  bankAccountBesideBank,
  householdNotMember,
  namePairs,
  unqualifiedFillDates,
  addressLines,
  streetNames,
  splitDates,
  villageFarmland,
  applicantIsSubject,
];

const settle = (matches: FieldMatch[]) => {
  for (const match of matches) if (match.key === null) match.confidence = 0;
  return matches;
};

/** Corrects what only the neighbouring fields can tell. */
export function resolveInContext(matches: FieldMatch[]): FieldMatch[] {
  for (const rule of RULES) rule(matches);
  return settle(matches);
}

/** The same, yielding through `pause` between rules once a slice has run `sliceMs`: on 2,000 fields they take a frame's time. */
export async function resolveInContextInSlices(
  matches: FieldMatch[],
  pause: () => Promise<void>,
  sliceMs: number,
): Promise<FieldMatch[]> {
  let sliceStart = performance.now();
  for (const rule of RULES) {
    rule(matches);
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
  return settle(matches);
}

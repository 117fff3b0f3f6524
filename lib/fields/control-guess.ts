import { guessFromAttributes, guessFromText, type TextGuess, vetoedByAttributes } from './classify';
import type { FormControl } from './controls';
import { attributeWords, normalizeText } from './text';

/** Below this a guess is a guess, and a field is better left unclassified. */
export const MIN_CONFIDENCE = 0.5;

/** A placeholder that shows an example value ("e.g. Bay tower", "例如：张三") is no label. */
const EXAMPLE = /^\s*(?:e\.?\s?g\b|eg\b|ex\b|z\.\s?b\.|p\.\s?ej|例如|如[:：]|比如)/i;

/** One part of a split date (Birth_Year, dob-mm): it holds no date by itself. */
const PICKER_DEPTH = 3;

/** A date picker (Element's date editor, antd's picker, type=month) holds a whole date, or a whole 年月. */
function isDatePicker(control: FormControl): boolean {
  const type = control.getAttribute('type');
  if (type === 'month' || type === 'date') return true;
  let node: Element | null = control;
  for (let depth = 0; node && depth < PICKER_DEPTH; depth++, node = node.parentElement) {
    if (/date|picker/i.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** birth_month beside birth_day: one part of a date split over several controls. */
function isDatePart(control: FormControl): boolean {
  const words = ` ${attributeWords(`${control.getAttribute('name') ?? ''} ${control.id}`)} `;
  const named = / (?:year|month|day|yyyy|yy|mm|dd|jahr|monat|tag|ano|mes|dia|annee|mois|jour) /.test(words);
  return named && !isDatePicker(control);
}

const ADDRESS_LINES = new Set(['address-line1', 'address-line2', 'address-line3']);
const NAME_PARTS = new Set(['given-name', 'family-name', 'additional-name']);

/**
 * A name attribute can be more specific than the label: "Address" over `address2` is the
 * second line, "Name" over `lastname` the family name, "Apt, suite" over `addr2` line 2.
 */
/** Labels too short to say which part of a name they mean. */
const BARE_NAME_LABELS = new Set(['name', 'nom', 'nombre', 'nome', 'navn', 'nume', 'ime', 'naam', '姓名']);

function refines(label: TextGuess, labelText: string, attributeKey: string | null): boolean {
  if (!attributeKey) return false;
  if (ADDRESS_LINES.has(attributeKey)) {
    return label.key === 'street-address' || label.key === 'address-apartment' || (!label.key && !label.refused);
  }
  return NAME_PARTS.has(attributeKey) && label.key === 'name' && BARE_NAME_LABELS.has(normalizeText(labelText));
}

/** What a card-holder attribute (cardHolder) is about: the account's own name, not a stray person's. */
const CARD_KEYS = new Set(['bank.account-name']);

export function classifyControl(control: FormControl, label: string): TextGuess {
  const fromLabel = guessFromText(label);
  if (vetoedByAttributes(control.getAttribute('name'), control.id)) {
    return fromLabel.key && CARD_KEYS.has(fromLabel.key) ? fromLabel : { key: null, confidence: 0, refused: true };
  }
  if (fromLabel.key === 'bday' && isDatePart(control)) return { key: null, confidence: 0, refused: true };
  const fromAttributes = guessFromAttributes(control.getAttribute('name'), control.id);
  if (refines(fromLabel, label, fromAttributes)) {
    return { key: fromAttributes, confidence: 0.7, entity: fromLabel.entity, refused: false };
  }
  if (fromLabel.key || fromLabel.refused) return fromLabel;
  for (const attribute of ['placeholder', 'title']) {
    const text = control.getAttribute(attribute) ?? '';
    if (EXAMPLE.test(text)) continue;
    const guess = guessFromText(text);
    // 走访人 over 请输入走访干部姓名: the placeholder says what, the label still says whose.
    if (guess.key) return { ...guess, entity: guess.entity ?? fromLabel.entity, confidence: guess.confidence * 0.9 };
  }
  const key = fromAttributes ?? (control.getAttribute('type') === 'email' ? 'email' : null);
  return { key, confidence: key ? 0.6 : 0, entity: fromLabel.entity, refused: false };
}

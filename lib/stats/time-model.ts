/**
 * Seconds a person saves when FillOnce fills a field instead of them, by the
 * Keystroke-Level Model (Card, Moran & Newell 1980; operator times from their Table 2).
 * The model is documented in README.md ("How time saved is counted"); change both together.
 */
export const KLM_SECONDS = {
  /** M: recall or look the value up in a ledger before typing it. */
  mentalPreparation: 1.35,
  /** P: point at the field with the mouse. */
  point: 1.1,
  /** B: press and release the mouse button. */
  click: 0.2,
  /** H: move the hand from the mouse to the keyboard. */
  home: 0.4,
  /** K: one keystroke of an average non-secretary typist (about 40 words a minute). */
  keystroke: 0.28,
  /**
   * One Han character through a pinyin IME: typing the syllable plus picking the candidate.
   * Average office users manage about 40 characters a minute, so 1.5 s each.
   */
  hanCharacter: 1.5,
  /** Reading a filled value back to check it, which a careful person still does. */
  verify: 0.5,
} as const;

const HAN = /\p{Script=Han}/gu;

/** Seconds to enter one value by hand: find the field, recall the value, type it. */
export function secondsToTypeByHand(value: string): number {
  const han = value.match(HAN)?.length ?? 0;
  const other = [...value].length - han;
  const k = KLM_SECONDS;
  return k.point + k.click + k.home + k.mentalPreparation + han * k.hanCharacter + other * k.keystroke;
}

/**
 * Seconds saved by one fill of several values: what typing them would have cost, less
 * the click on 全部填入 and the time to check each filled value. Never negative.
 */
export function secondsSavedByFill(values: readonly string[]): number {
  const k = KLM_SECONDS;
  const byHand = values.reduce((sum, value) => sum + secondsToTypeByHand(value), 0);
  const withFillOnce = k.point + k.click + values.length * k.verify;
  return Math.max(0, Math.round((byHand - withFillOnce) * 10) / 10);
}

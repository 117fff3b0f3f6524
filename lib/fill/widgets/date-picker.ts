import { type DatePattern, formatDate, normalizeDate } from '../../values';
import { setNativeValue } from '../set-value';
import { clearWidget } from './clear';
import { blur, pressAndClick, pressEscapeOn, pressKey } from './events';
import type { DatePickerParts } from './library';
import type { DriveContext, Widget } from './types';
import { waitFor } from './wait';

const MONTH_PICKER = /月份|年月|month/i;

function isMonthPicker(root: Element, input: HTMLInputElement | null): boolean {
  return (
    /(?:^|[-_\s])month(?:$|[-_\s])/i.test(root.getAttribute('class') ?? '') ||
    MONTH_PICKER.test(input?.placeholder ?? '')
  );
}

const DAY_FORMATS: readonly DatePattern[] = ['YYYY-MM-DD', 'YYYY年MM月DD日', 'YYYY/MM/DD', 'YYYYMMDD'];
// A month shown as 196807 could not be read back, so it is not tried.
const MONTH_FORMATS: readonly DatePattern[] = ['YYYY-MM', 'YYYY年MM月', 'YYYY/MM'];

async function typeAndConfirm(
  input: HTMLInputElement,
  text: string,
  taken: () => boolean,
  context: DriveContext,
): Promise<boolean> {
  // Each step lets the picker render: typed into a closed picker, the text is thrown away.
  pressAndClick(input);
  await context.wait(0);
  setNativeValue(input, text);
  await context.wait(0);
  pressKey(input, 'Enter');
  await context.wait(0);
  // Tabbing on closes the picker, and closed it shows its model again, not the text typed
  // (el-date-picker keeps text it could not parse until then): only now does the shown date
  // prove the picker took it. Escape closes a panel Tab left open; not bubbling, because an
  // Escape reaching the document closes the dialog the form sits in.
  pressKey(input, 'Tab');
  pressEscapeOn(input);
  blur(input);
  // Frameworks redraw the box after the event: Vue in its next tick, rc-picker in a frame.
  await context.frame();
  return (await waitFor(taken, context, 500)) === true;
}

/**
 * A date picker (el-date-picker, antd DatePicker): its input is typed into, as a person
 * who knows the date does, and Enter confirms it. The picker parses the text itself, so
 * its model holds a date in its own format, and the shown value proves it took it.
 */
export function datePickerWidget(parts: DatePickerParts, root: Element): Widget {
  const shownDate = () => normalizeDate(parts.shown(root)) ?? '';
  return {
    kind: 'date-picker',
    boxes: [root],
    disabled: () => parts.disabled(root),
    read: () => parts.shown(root),
    async write(value, _key, context) {
      if (value === '') return clearWidget(parts, root, context);
      const input = parts.input(root);
      // A month picker (出生年月) takes a month: the day of a held date is not what it asks.
      const month = isMonthPicker(root, input);
      const iso = normalizeDate(value)?.slice(0, month ? 7 : 10);
      if (!iso || !input) return false;
      // The picker parses typed text in its own display format, which the page does not show
      // before it holds a date: the usual ones are tried in turn, and the shown date proves one.
      for (const pattern of month ? MONTH_FORMATS : DAY_FORMATS) {
        const text = formatDate(iso, pattern);
        if (text && (await typeAndConfirm(input, text, () => shownDate().slice(0, iso.length) === iso, context))) {
          return true;
        }
      }
      return false;
    },
  };
}

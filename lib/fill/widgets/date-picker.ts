import { formatDate, normalizeDate } from '../../values';
import { setNativeValue } from '../set-value';
import { clearWidget } from './clear';
import { blur, pressAndClick, pressEscapeOn, pressKey } from './events';
import type { DatePickerParts } from './library';
import type { Widget } from './types';
import { waitFor } from './wait';

const MONTH_PICKER = /月份|年月|month/i;

function isMonthPicker(root: Element, input: HTMLInputElement | null): boolean {
  return (
    /(?:^|[-_\s])month(?:$|[-_\s])/i.test(root.getAttribute('class') ?? '') ||
    MONTH_PICKER.test(input?.placeholder ?? '')
  );
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
      const text = iso && formatDate(iso, month ? 'YYYY-MM' : 'YYYY-MM-DD');
      if (!text || !input) return false;
      // Each step lets the picker render: typed into a closed picker, the text is thrown away.
      pressAndClick(input);
      await context.wait(0);
      setNativeValue(input, text);
      await context.wait(0);
      pressKey(input, 'Enter');
      const taken = (await waitFor(() => shownDate().slice(0, iso.length) === iso, context, 500)) === true;
      // Closes a panel left open, which would cover the next field; the date is taken by now.
      // Not bubbling: an Escape reaching the document closes the dialog the form sits in.
      pressEscapeOn(input);
      blur(input);
      return taken;
    },
  };
}

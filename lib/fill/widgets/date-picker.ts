import { formatDate, normalizeDate } from '../../values';
import { setNativeValue } from '../set-value';
import { clearWidget } from './clear';
import { blur, pressAndClick, pressKey } from './events';
import type { DatePickerParts } from './library';
import type { Widget } from './types';
import { waitFor } from './wait';

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
      const iso = normalizeDate(value);
      const text = iso && formatDate(iso, 'YYYY-MM-DD');
      const input = parts.input(root);
      if (!text || !input) return false;
      // Each step lets the picker render: typed into a closed picker, the text is thrown away.
      pressAndClick(input);
      await context.wait(0);
      setNativeValue(input, text);
      await context.wait(0);
      pressKey(input, 'Enter');
      const taken = (await waitFor(() => shownDate() === iso, context, 500)) === true;
      // Closes a panel left open, which would cover the next field; the date is taken by now.
      pressKey(input, 'Escape');
      blur(input);
      return taken;
    },
  };
}

import type { FormControl } from '../../../fields/controls';
import type { WidgetLibrary } from '../library';
import { inputValue, textOf } from './parts';

const RENDERED_SELECT = '.layui-form-select';

/** layui hides the real select and draws its own after it; both stand for one field. */
function selectRootOf(control: FormControl): Element | null {
  const drawn = control.nextElementSibling;
  if (control.tagName === 'SELECT' && drawn?.matches(RENDERED_SELECT)) return drawn;
  return control.closest(RENDERED_SELECT);
}

/** layui: its select opens on a click on the title, and lists every option as a `dd`. */
export const LAYUI: WidgetLibrary = {
  name: 'layui',
  select: {
    rootOf: selectRootOf,
    disabled: (root) =>
      root.matches('.layui-select-disabled') || !!root.querySelector('.layui-disabled, input:disabled'),
    opener: (root) => root.querySelector('.layui-select-title'),
    shown: (root) => inputValue(root.querySelector<HTMLInputElement>('.layui-select-title input')),
    dropdown: (root) => (root.matches('.layui-form-selected') ? root.querySelector('dl') : null),
    options: (dropdown) => Array.from(dropdown.querySelectorAll('dd[lay-value]:not(.layui-disabled)')),
    optionLabel: textOf,
    optionValue: (option) => option.getAttribute('lay-value'),
  },
};

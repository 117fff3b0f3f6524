/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormControl } from '../../../lib/fields';
import { executeFill, type FillContext, type FillPlan, type FillStep, undoFill } from '../../../lib/fill';

/** Nothing on these pages animates: the engine's waits need not take real time. */
const context: FillContext = { ours: null, wait: async () => {}, settle: async () => {}, frame: async () => {} };

function plan(...steps: FillStep[]): FillPlan {
  return { steps, skipped: [] };
}

/** happy-dom lays nothing out: give the control the size a rendered field would have. */
function showOnScreen(control: Element): void {
  vi.spyOn(control, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 200, 24));
}

function byId<T extends FormControl>(id: string): T {
  return document.getElementById(id) as T;
}

let controls: FormControl[];
/** The fields the plan's indexes point at: here each a single control. */
let fields: Array<{ control: FormControl }>;

beforeEach(() => {
  // Browsers compute visibility: visible by default; happy-dom leaves it empty unless a style sets it.
  document.head.innerHTML = '<style>html { visibility: visible; }</style>';
  document.body.innerHTML = `
    <form>
      <input id="name">
      <select id="sex"><option value="">请选择</option><option value="1">男</option><option value="2">女</option></select>
      <textarea id="address"></textarea>
    </form>`;
  controls = [byId('name'), byId('sex'), byId('address')];
  for (const control of controls) showOnScreen(control);
  fields = controls.map((control) => ({ control }));
  // happy-dom does no hit testing; in a browser each field answers for its own centre.
  vi.spyOn(document, 'elementFromPoint').mockReturnValue(null);
});

describe('executeFill', () => {
  it('writes each value and reports what the field held before', async () => {
    byId<HTMLInputElement>('name').value = '李';
    const outcome = await executeFill(
      plan({ index: 0, key: 'name', value: '张三' }, { index: 2, key: 'street-address', value: '幸福路 1 号' }),
      fields,
      context,
    );
    expect(byId<HTMLInputElement>('name').value).toBe('张三');
    expect(byId<HTMLTextAreaElement>('address').value).toBe('幸福路 1 号');
    expect(outcome).toEqual({
      filled: [
        { index: 0, key: 'name', value: '张三', previous: '李' },
        { index: 2, key: 'street-address', value: '幸福路 1 号', previous: '' },
      ],
      failed: [],
    });
  });

  it('dispatches bubbling input and change events after the value is set', async () => {
    const heard: string[] = [];
    const listener = (event: Event) => {
      const control = event.target as HTMLInputElement;
      heard.push(`${event.type}:${control.id}=${control.value}`);
    };
    document.body.addEventListener('input', listener);
    document.body.addEventListener('change', listener);
    await executeFill(plan({ index: 0, key: 'name', value: '张三' }), fields, context);
    expect(heard).toEqual(['input:name=张三', 'change:name=张三']);
  });

  it('picks a select option by its shown text or by its code', async () => {
    const sex = byId<HTMLSelectElement>('sex');
    await executeFill(plan({ index: 1, key: 'sex', value: '女' }), fields, context);
    expect(sex.value).toBe('2');
    await executeFill(plan({ index: 1, key: 'sex', value: '1' }), fields, context);
    expect(sex.value).toBe('1');
  });

  it('reports a value no option offers as not-taken and leaves the select alone', async () => {
    const outcome = await executeFill(plan({ index: 1, key: 'sex', value: '未知' }), fields, context);
    expect(outcome.failed).toEqual([{ index: 1, key: 'sex', reason: 'not-taken' }]);
    expect(outcome.filled).toEqual([]);
    expect(byId<HTMLSelectElement>('sex').value).toBe('');
  });

  it.each([
    ['disabled', (control: HTMLInputElement) => (control.disabled = true)],
    ['read-only', (control: HTMLInputElement) => (control.readOnly = true)],
    ['display: none', (control: HTMLInputElement) => (control.style.display = 'none')],
    ['visibility: hidden', (control: HTMLInputElement) => (control.style.visibility = 'hidden')],
    ['zero-size', (control: HTMLInputElement) => vi.mocked(control.getBoundingClientRect).mockRestore()],
  ])('refuses a %s field as not-fillable and does not write it', async (_, makeUnfillable) => {
    const name = byId<HTMLInputElement>('name');
    makeUnfillable(name);
    const heard = vi.fn();
    name.addEventListener('input', heard);
    const outcome = await executeFill(plan({ index: 0, key: 'name', value: '张三' }), fields, context);
    expect(outcome.failed).toEqual([{ index: 0, key: 'name', reason: 'not-fillable' }]);
    expect(name.value).toBe('');
    expect(heard).not.toHaveBeenCalled();
  });

  it('reports a step whose control is gone as not-fillable', async () => {
    const outcome = await executeFill(plan({ index: 7, key: 'tel', value: '13800138000' }), fields, context);
    expect(outcome.failed).toEqual([{ index: 7, key: 'tel', reason: 'not-fillable' }]);
  });

  it('bypasses a framework’s own value setter, so React’s value tracker still sees a change', async () => {
    const name = byId<HTMLInputElement>('name');
    // React installs an own `value` property on each input and remembers every value written through it;
    // on `input` it fires onChange only if the DOM value differs from the remembered one (react#14694).
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value') as PropertyDescriptor;
    const trackerWrites: string[] = [];
    let tracked = name.value;
    Object.defineProperty(name, 'value', {
      configurable: true,
      get() {
        return native.get?.call(this);
      },
      set(value: string) {
        trackerWrites.push(value);
        tracked = value;
        native.set?.call(this, value);
      },
    });
    let reactSawChange = false;
    name.addEventListener('input', () => {
      reactSawChange = name.value !== tracked;
    });

    await executeFill(plan({ index: 0, key: 'name', value: '张三' }), fields, context);

    expect(trackerWrites).toEqual([]);
    expect(name.value).toBe('张三');
    expect(reactSawChange).toBe(true);
  });
});

describe('undoFill', () => {
  it('puts back what every filled field held before and counts them', async () => {
    const name = byId<HTMLInputElement>('name');
    const sex = byId<HTMLSelectElement>('sex');
    name.value = '李';
    sex.value = '2';
    const outcome = await executeFill(
      plan(
        { index: 0, key: 'name', value: '张三' },
        { index: 1, key: 'sex', value: '男' },
        { index: 2, key: 'street-address', value: '幸福路 1 号' },
      ),
      fields,
      context,
    );
    expect([name.value, sex.value]).toEqual(['张三', '1']);

    expect((await undoFill(outcome, fields, context)).restored).toBe(3);
    expect(name.value).toBe('李');
    expect(sex.value).toBe('2');
    expect(byId<HTMLTextAreaElement>('address').value).toBe('');
  });

  it('returns a select to its empty choice when it had none', async () => {
    const sex = byId<HTMLSelectElement>('sex');
    const outcome = await executeFill(plan({ index: 1, key: 'sex', value: '男' }), fields, context);
    undoFill(outcome, fields, context);
    expect(sex.value).toBe('');
  });

  it('skips fields that left the page since the fill', async () => {
    const outcome = await executeFill(
      plan({ index: 0, key: 'name', value: '张三' }, { index: 2, key: 'street-address', value: '幸福路 1 号' }),
      fields,
      context,
    );
    byId('address').remove();
    expect((await undoFill(outcome, fields, context)).restored).toBe(1);
    expect(byId<HTMLInputElement>('name').value).toBe('');
  });
});

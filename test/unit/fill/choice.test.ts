/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { writeChoice } from '../../../lib/fill/choice';

function radios(html: string): HTMLInputElement[] {
  document.body.innerHTML = html;
  return Array.from(document.querySelectorAll('input'));
}

describe('writeChoice', () => {
  const sexes =
    '<label><input type="radio" name="xb" value="1"> 男 Male</label><label><input type="radio" name="xb" value="2"> 女 Female</label>';

  it('clicks the option that means the value, so the page hears a real choice', () => {
    const options = radios(sexes);
    const clicks = vi.fn();
    options[1]?.addEventListener('click', clicks);
    expect(writeChoice(options, 'sex', '女')).toBe(true);
    expect(options.map((option) => option.checked)).toEqual([false, true]);
    expect(clicks).toHaveBeenCalledOnce();
  });

  it('finds the option by its standard code when the text differs (女性 → value 2)', () => {
    const options = radios(sexes);
    expect(writeChoice(options, 'sex', '女性')).toBe(true);
    expect(options[1]?.checked).toBe(true);
  });

  it('reports a value no option means, and changes nothing', () => {
    const options = radios(sexes);
    expect(writeChoice(options, 'sex', '未知')).toBe(false);
    expect(options.some((option) => option.checked)).toBe(false);
  });

  it('clears the group for undo', () => {
    const options = radios(sexes);
    writeChoice(options, 'sex', '男');
    expect(writeChoice(options, 'sex', '')).toBe(true);
    expect(options.some((option) => option.checked)).toBe(false);
  });
});

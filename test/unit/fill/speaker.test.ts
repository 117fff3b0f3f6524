import { describe, expect, it } from 'vitest';
import type { PageField } from '../../../lib/fields';
import { speaksForForm } from '../../../lib/fill';

const field = (key: string | null, entity?: string): PageField =>
  ({ control: {} as PageField['control'], key, label: '', ...(entity && { entity }) }) as PageField;

describe('who answers for the fields no section claims (账户, 填表日期)', () => {
  const guardianForm = [field('name', 'guardian'), field('id-number', 'guardian'), field('bank.account')];

  it('a head or an applicant, always', () => {
    expect(speaksForForm('head', [...guardianForm, field('name')])).toBe(true);
    expect(speaksForForm('applicant', [field('name')])).toBe(true);
  });

  it('the only person a form names, a guardian who applies for a pupil', () => {
    expect(speaksForForm('guardian', guardianForm)).toBe(true);
  });

  it('not a guardian or an agent beside a subject the form names by name or ID', () => {
    expect(speaksForForm('guardian', [...guardianForm, field('name')])).toBe(false);
    expect(speaksForForm('agent', [field('id-number', 'agent'), field('id-number')])).toBe(false);
  });

  it('never a member row, nor nobody', () => {
    expect(speaksForForm('member-1', [field('name', 'member-1'), field('bank.account')])).toBe(false);
    expect(speaksForForm(undefined, guardianForm)).toBe(false);
  });
});

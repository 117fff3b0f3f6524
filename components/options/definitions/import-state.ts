import { signal } from '@preact/signals';
import type { ImportPreview } from '../../../lib/messaging';
import { t } from '../../i18n';
import { errorText, send } from '../api';
import { requestOrigins } from '../permissions';
import { loadDefinitions } from './state';

/** Whether the sites a pack needs were granted: not asked (none needed), asked and waiting, or answered. */
export type SitePermission = 'none' | 'asking' | 'granted' | 'refused';

export interface ImportOutcome {
  result: ImportPreview;
  origins: string[];
}

/**
 * The request's own bound (packText in lib/messaging/schemas.ts): a larger file is not read at
 * all. Smaller ones the background checks, and a file over its limit comes back as an error.
 */
const LARGEST_FILE_BYTES = 8 * 1024 * 1024;

/** Kept outside the section, so leaving the tab does not lose a preview being checked. */
export const chosen = signal<{ fileName: string; content: string } | null>(null);
export const preview = signal<ImportPreview | null>(null);
export const reading = signal(false);
export const importing = signal(false);
/** A request that failed outright, rather than a file the background refused. */
export const failure = signal<string | null>(null);
export const outcome = signal<ImportOutcome | null>(null);
export const permission = signal<SitePermission>('none');

let attempt = 0;

export function resetImport(): void {
  attempt++;
  reading.value = false;
  chosen.value = null;
  preview.value = null;
  failure.value = null;
  outcome.value = null;
  permission.value = 'none';
}

/** Reads the file in the page and has the background check it: nothing is written yet. */
export async function chooseFile(file: File): Promise<void> {
  resetImport();
  const ticket = attempt;
  reading.value = true;
  try {
    if (file.size > LARGEST_FILE_BYTES) {
      preview.value = { ok: false, errors: [{ path: file.name, message: t('definitionsFileTooLarge') }] };
      return;
    }
    const content = await file.text();
    const checked = await send('optionsToBackground:previewImport', { content });
    if (ticket !== attempt) return;
    chosen.value = { fileName: file.name, content };
    preview.value = checked;
  } catch (error) {
    if (ticket === attempt) failure.value = t('optionsError', errorText(error));
  } finally {
    if (ticket === attempt) reading.value = false;
  }
}

/**
 * Runs straight from the 导入 click. Asking for the pack's sites is its first call: the browser
 * asks only within the click's gesture. The definitions are imported whatever the answer.
 */
export function confirmImport(): Promise<void> {
  const file = chosen.value;
  const checked = preview.value;
  if (!file || !checked?.ok || importing.value) return Promise.resolve();
  const asked = checked.origins.length > 0 ? requestOrigins(checked.origins).catch(() => false) : null;
  return runImport(file.content, checked.origins, asked);
}

async function runImport(content: string, origins: string[], asked: Promise<boolean> | null): Promise<void> {
  const ticket = attempt;
  importing.value = true;
  failure.value = null;
  permission.value = asked ? 'asking' : 'none';
  void asked?.then((granted) => {
    if (ticket === attempt) permission.value = granted ? 'granted' : 'refused';
  });
  try {
    const result = await send('optionsToBackground:importDefinitions', { content });
    if (ticket !== attempt) return;
    outcome.value = { result, origins };
    if (result.ok) {
      chosen.value = null;
      preview.value = null;
    }
    await loadDefinitions();
  } catch (error) {
    if (ticket === attempt) failure.value = t('definitionsImportFailed', errorText(error));
  } finally {
    importing.value = false;
  }
}

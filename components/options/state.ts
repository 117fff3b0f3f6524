import { signal } from '@preact/signals';
import type { ResponseOf } from '../../lib/messaging';
import { send } from './api';

export const SECTIONS = ['records', 'conflicts', 'import', 'backup', 'definitions', 'settings'] as const;
export type SectionId = (typeof SECTIONS)[number];

function sectionFromHash(): SectionId {
  const wanted = window.location.hash.slice(1);
  return (SECTIONS as readonly string[]).includes(wanted) ? (wanted as SectionId) : 'records';
}

export const section = signal<SectionId>(sectionFromHash());

export function showSection(id: SectionId): void {
  section.value = id;
  if (window.location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
}

export const searchQuery = signal('');
export const searchResults = signal<ResponseOf<'optionsToBackground:search'> | null>(null);
export const selectedEntityId = signal<string | null>(null);
/** Null until the background has answered once. */
export const conflictCount = signal<number | null>(null);

export function openEntity(entityId: string): void {
  selectedEntityId.value = entityId;
  showSection('records');
}

/** After a restore or a wipe every shown record may be stale. */
export function forgetRecords(): void {
  searchQuery.value = '';
  searchResults.value = null;
  selectedEntityId.value = null;
  void refreshConflictCount();
}

export async function refreshConflictCount(): Promise<void> {
  try {
    conflictCount.value = (await send('optionsToBackground:listConflicts', {})).length;
  } catch {
    conflictCount.value = null;
  }
}

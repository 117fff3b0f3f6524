import type * as v from 'valibot';

/** `stores.facts[3].entityId: …` reads as `facts[3].entityId: …`, the way the stores are named in the UI. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  path = path.replace(/^stores\./, '');
  return path ? `${path}: ${issue.message}` : issue.message;
}

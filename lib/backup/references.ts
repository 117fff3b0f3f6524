import { BACKUP_STORES, type BackupStores } from './format';

const keyOf = (store: keyof BackupStores, record: object): unknown =>
  store === 'settings' ? (record as { key: string }).key : (record as { id?: unknown }).id;

/** Two records with one key would make the restore's add fail; better to say which one up front. */
function findDuplicateKey(stores: BackupStores): string | null {
  for (const store of BACKUP_STORES) {
    const seen = new Set<unknown>();
    for (const [index, record] of stores[store].entries()) {
      const key = keyOf(store, record);
      if (seen.has(key))
        return `${store}[${index}].${store === 'settings' ? 'key' : 'id'}: duplicate ${JSON.stringify(key)}`;
      seen.add(key);
    }
  }
  return null;
}

/**
 * The database has no foreign keys, so a backup is checked for the links the extension relies
 * on: a fact without its entity or submission, or a member without a household, would show as
 * a broken record rather than an error. Returns the first broken link, or null.
 */
export function findBrokenReference(stores: BackupStores): string | null {
  const duplicate = findDuplicateKey(stores);
  if (duplicate) return duplicate;
  const entities = new Set(stores.entities.map((entity) => entity.id));
  const submissions = new Set(stores.submissions.map((submission) => submission.id));
  const facts = new Set(stores.facts.map((fact) => fact.id));
  for (const [index, fact] of stores.facts.entries()) {
    if (!entities.has(fact.entityId)) return `facts[${index}].entityId: no such entity`;
    if (!submissions.has(fact.submissionId)) return `facts[${index}].submissionId: no such submission`;
    if (fact.supersededBy !== undefined && !facts.has(fact.supersededBy)) {
      return `facts[${index}].supersededBy: no such fact`;
    }
  }
  for (const [index, membership] of stores.memberships.entries()) {
    if (!entities.has(membership.householdId)) return `memberships[${index}].householdId: no such entity`;
    if (!entities.has(membership.personId)) return `memberships[${index}].personId: no such entity`;
  }
  return null;
}

import type { FactView } from '../../lib/messaging';
import { sourceKindLabel } from './labels';

/** Where a value was reported: the source's name and whether it was a portal, a ledger or an edit. */
export function SourceTag({ fact }: { fact: FactView }) {
  // Ledger sources are named 台账 <file> for the in-page panel; here the kind tag already says 台账.
  const name = fact.sourceKind === 'ledger' ? fact.sourceName.replace(/^台账\s+/, '') : fact.sourceName;
  // `source · form`: the form (a ledger's sheet) goes on a line of its own.
  const [main, ...form] = name.split(' · ');
  return (
    <span class="source" title={fact.url}>
      <span class={`kind kind-${fact.sourceKind}`}>{sourceKindLabel(fact.sourceKind)}</span>
      <span class="source-name">
        {main}
        {form.length > 0 && <span class="source-form">{form.join(' · ')}</span>}
      </span>
    </span>
  );
}

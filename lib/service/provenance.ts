import type { RequestOf } from '../messaging';
import type { Registry } from '../portals';

type Source = RequestOf<'contentToBackground:captureSubmission'>['source'];

/**
 * Where a capture or a fill happened, as the background vouches for it: the URL is the sender's,
 * which the browser gives, and the portal is the definition that holds it. Only on a page no
 * definition holds is the name the page's own (its title or heading), kept in its own words.
 */
export function provenanceFrom(source: Source, senderUrl: string | undefined, registry: Registry): Source {
  const url = senderUrl ?? '';
  const [portal] = registry.including(url);
  return {
    ...source,
    url,
    portalId: portal?.definition.id ?? null,
    portalName: portal?.definition.name ?? source.portalName,
  };
}

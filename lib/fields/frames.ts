/**
 * The documents of the page's same-origin frames, nested ones too. A cross-origin frame's
 * document is out of reach (null), and so never read or filled: that is the rule.
 */
export function sameOriginFrameDocuments(document: Document): Document[] {
  const found: Document[] = [];
  for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
    let child: Document | null = null;
    try {
      child = frame.contentDocument;
    } catch {
      child = null;
    }
    if (child?.documentElement) found.push(child, ...sameOriginFrameDocuments(child));
  }
  return found;
}

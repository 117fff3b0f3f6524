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

/** The page and its same-origin frames: a legacy portal's form often lives in a frame. */
export function pageAndFrames(document: Document): Document[] {
  return [document, ...sameOriginFrameDocuments(document)];
}

/**
 * The frames an element is shown through, innermost first: none on the top page. The walk
 * stops where a parent is foreign, as a cross-origin parent's frame element is out of reach.
 */
export function framesAbove(element: Element): Element[] {
  const frames: Element[] = [];
  for (let node: Element = element; ; ) {
    let frame: Element | null = null;
    try {
      frame = node.ownerDocument.defaultView?.frameElement ?? null;
    } catch {
      frame = null;
    }
    if (!frame) return frames;
    frames.push(frame);
    node = frame;
  }
}

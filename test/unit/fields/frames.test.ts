/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { framesAbove, sameOriginFrameDocuments } from '../../../lib/fields/frames';

/** A same-origin frame: happy-dom renders a srcdoc frame's own document, as a browser does. */
function frame(owner: Document, html = '<p>表单</p>'): HTMLIFrameElement {
  const element = owner.createElement('iframe');
  // Set before it joins the page: happy-dom would otherwise try to load about:blank, and complain.
  element.srcdoc = html;
  owner.body.append(element);
  return element;
}

function documentOf(element: HTMLIFrameElement): Document {
  return element.contentDocument as Document;
}

/** A frame answering with the document given: for a cross-origin one, null or a SecurityError. */
function stubbedFrame(owner: Document, contentDocument: () => Document | null): HTMLIFrameElement {
  const element = frame(owner);
  Object.defineProperty(element, 'contentDocument', { configurable: true, get: contentDocument });
  return element;
}

function securityError(): never {
  throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
}

beforeEach(() => {
  document.body.innerHTML = '<form><input id="name"></form>';
});

describe('sameOriginFrameDocuments', () => {
  it('finds nothing on a page without frames', () => {
    expect(sameOriginFrameDocuments(document)).toEqual([]);
  });

  it('returns the document of each same-origin frame, in page order', () => {
    const [first, second] = [frame(document), frame(document)];
    const found = sameOriginFrameDocuments(document);
    expect(found).toEqual([documentOf(first), documentOf(second)]);
    expect(found[0]?.querySelector('p')?.textContent).toBe('表单');
  });

  it('never returns a cross-origin frame, whether its document reads as null or throws', () => {
    stubbedFrame(document, () => null);
    stubbedFrame(document, securityError);
    const reachable = frame(document);
    expect(sameOriginFrameDocuments(document)).toEqual([documentOf(reachable)]);
  });

  it('goes into nested same-origin frames, listing each parent before its children', () => {
    const outer = frame(document);
    const inner = frame(documentOf(outer));
    const innermost = frame(documentOf(inner));
    const sibling = frame(document);
    expect(sameOriginFrameDocuments(document)).toEqual([
      documentOf(outer),
      documentOf(inner),
      documentOf(innermost),
      documentOf(sibling),
    ]);
  });

  it('finds a same-origin frame nested inside another same-origin one beside a cross-origin one', () => {
    const outer = frame(document);
    stubbedFrame(documentOf(outer), securityError);
    const inner = frame(documentOf(outer));
    expect(sameOriginFrameDocuments(document)).toEqual([documentOf(outer), documentOf(inner)]);
  });

  it('reads the frames of an old frameset page too', () => {
    const legacy = document.implementation.createHTMLDocument('frame');
    const element = document.createElement('frame');
    Object.defineProperty(element, 'contentDocument', { configurable: true, get: () => legacy });
    document.body.append(element);
    expect(sameOriginFrameDocuments(document)).toEqual([legacy]);
  });

  it('skips a frame whose document has no root element yet', () => {
    const loading = document.implementation.createHTMLDocument('loading');
    loading.documentElement.remove();
    stubbedFrame(document, () => loading);
    expect(sameOriginFrameDocuments(document)).toEqual([]);
  });
});

describe('framesAbove', () => {
  it('is empty for an element of the top page', () => {
    expect(framesAbove(document.getElementById('name') as Element)).toEqual([]);
  });

  it('lists the frames an element is shown through, innermost first', () => {
    const outer = frame(document);
    const inner = frame(documentOf(outer));
    // happy-dom leaves a frame's window without frameElement; a browser sets it.
    for (const element of [outer, inner]) {
      Object.defineProperty(documentOf(element).defaultView, 'frameElement', { value: element });
    }
    const field = documentOf(inner).body;
    expect(framesAbove(field)).toEqual([inner, outer]);
  });
});

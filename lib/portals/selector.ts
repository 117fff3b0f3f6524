/**
 * A selector that finds one field again on the next visit. Ids and names are what a portal's
 * own code keeps; the numbered ids UI libraries make up on each render (el-id-1024-12,
 * rc_select_3) are not, nor is anything that only a position says.
 */
const GENERATED_ID = /\d{3,}|^(?:el-id-|rc_|:r|mui-|react-|vue-|__)|^\d/i;
const PLAIN = /^[A-Za-z_][\w-]*$/;

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
const idSelector = (id: string) => (PLAIN.test(id) ? `#${id}` : `[id=${quoted(id)}]`);

function findsOnly(root: ParentNode, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

/** A radio or checkbox group is one field: its name finds every option of it. */
function groupSelector(element: Element): string | null {
  const type = element.getAttribute('type');
  const name = element.getAttribute('name');
  return name && (type === 'radio' || type === 'checkbox') ? `input[name=${quoted(name)}]` : null;
}

function attributeSelector(element: Element, root: ParentNode): string | null {
  const tag = element.tagName.toLowerCase();
  if (element.id && !GENERATED_ID.test(element.id) && findsOnly(root, idSelector(element.id), element)) {
    return idSelector(element.id);
  }
  for (const attribute of ['name', 'placeholder', 'aria-label', 'title']) {
    const value = element.getAttribute(attribute);
    const selector = value ? `${tag}[${attribute}=${quoted(value)}]` : null;
    if (selector && findsOnly(root, selector, element)) return selector;
  }
  return null;
}

/** The element's place under its nearest ancestor that has a lasting selector of its own. */
function pathSelector(element: Element, root: ParentNode): string {
  const steps: string[] = [];
  for (let node: Element | null = element; node && node.tagName !== 'BODY' && node.tagName !== 'HTML'; ) {
    const parent: Element | null = node.parentElement;
    const anchor = node === element ? null : attributeSelector(node, root);
    if (anchor) return [anchor, ...steps].join(' > ');
    const tag = node.tagName.toLowerCase();
    const sameTag = parent ? [...parent.children].filter((child) => child.tagName === node?.tagName) : [node];
    steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(node) + 1})` : tag);
    node = parent;
  }
  return ['body', ...steps].join(' > ');
}

/** The selector a taught field is kept under, found within the element's own document. */
export function selectorFor(element: Element): string {
  const root = element.ownerDocument;
  return groupSelector(element) ?? attributeSelector(element, root) ?? pathSelector(element, root);
}

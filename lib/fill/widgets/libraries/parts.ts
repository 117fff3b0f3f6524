/** Small readers the library descriptions share. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function inputValue(input: HTMLInputElement | null | undefined): string {
  return input?.value.trim() ?? '';
}

/** The text of the first element under `root` matching `selector`, or ''. */
export function shownOf(root: Element, selector: string): string {
  const element = root.querySelector(selector);
  return element ? (element.getAttribute('title') ?? textOf(element)).trim() : '';
}

const MAX_LABEL_LENGTH = 80;

/** An element's text with white space collapsed; null when empty or too long to be a label. */
export function textOf(element: Element | null | undefined): string | null {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length <= MAX_LABEL_LENGTH ? text : null;
}

export function isShortLabel(text: string): boolean {
  return text.length <= MAX_LABEL_LENGTH;
}

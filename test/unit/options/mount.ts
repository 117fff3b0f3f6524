import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/** A container in the page for each test, emptied after it. */
export function containerPerTest(): () => HTMLElement {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
  });
  return () => container;
}

/** Lets every pending message, its reply and the renders after it run. */
export async function settle(rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round++) await act(() => new Promise((resume) => setTimeout(resume, 0)));
}

export async function show(node: ComponentChild, container: HTMLElement): Promise<void> {
  await act(() => render(node, container));
  await settle();
}

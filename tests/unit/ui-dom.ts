/**
 * A DOM for UI unit tests: linkedom, installed as the global document Preact renders into.
 * (Not a test file itself: vitest only runs *.test.ts(x).)
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Mounted {
  root: HTMLElement;
  /** Elements matching `selector` inside the rendered tree. */
  all: (selector: string) => HTMLElement[];
  one: (selector: string) => HTMLElement;
  text: (selector: string) => string;
  unmount: () => void;
}

export function mount(node: ComponentChild): Mounted {
  const { document, window } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  for (const [name, value] of Object.entries({ document, window })) {
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  const root = document.getElementById('root') as unknown as HTMLElement;
  act(() => render(node, root));
  const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  const one = (selector: string) => {
    const found = root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`Nothing matches ${selector}`);
    return found;
  };
  return {
    root,
    all,
    one,
    text: (selector) => squash(one(selector).textContent ?? ''),
    unmount: () => act(() => render(null, root)),
  };
}

/** Runs `action` and waits for the promises and renders it starts to settle. */
export async function settle(action: () => unknown = () => undefined): Promise<void> {
  await act(async () => {
    await action();
  });
  // Effects run at the end of each act and may start more async work (storage reads): let a few rounds finish.
  for (let round = 0; round < 4; round++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export function click(element: HTMLElement): void {
  act(() => element.click());
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Work that can pause: a generator that yields between bounded pieces of a long walk, so the
 * content script can spread it over several short tasks (the page stays responsive on a huge
 * or hostile document), while the CLI and tests simply run it to the end.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps without pausing and returns their result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

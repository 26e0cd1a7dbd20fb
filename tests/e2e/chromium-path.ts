import { accessSync, constants } from 'node:fs';

/** Where Debian's `apt-get install chromium` puts the browser. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH if set, else Debian's.
 * `undefined` when there is none (the runner then skips the browser tests and says so).
 */
export function findChromium(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
  try {
    accessSync(candidate, constants.X_OK);
    return candidate;
  } catch {
    return undefined;
  }
}

/** The content script's size as the browser receives it: every file it is built from, gzipped. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  files: { name: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

export function contentScriptSize(builtExtension: string): BundleSize | undefined {
  const dir = join(builtExtension, 'content-scripts');
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(dir, name));
      return { name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

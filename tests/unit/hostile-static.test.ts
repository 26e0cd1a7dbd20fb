/**
 * What must never be in the extension, checked in its sources and in its manifest as WXT
 * generates it: no markup built from strings, no code built from strings, no network calls,
 * no door for other extensions or sites to message it, the browser's default CSP, and only
 * the permissions README's "Permissions" section justifies. (The built bundles and the
 * manifest Chromium loads are checked in tests/e2e/hostile.test.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { isRetriedTrailingRun, nestedUnboundedRepetition, productRegexes } from '../hostile/regexes';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCT_DIRS = ['entrypoints', 'components', 'utils'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** Code lines only: a comment may well name what the code must not do. */
function codeLines(file: string): Array<[number, string]> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i): [number, string] => [i + 1, line])
    .filter(([, line]) => !/^\s*(?:\/\/|\/?\*)/.test(line));
}

const FORBIDDEN: Array<[string, RegExp]> = [
  ['markup from strings', /\binnerHTML\b|\bouterHTML\b|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/],
  ['code from strings', /\beval\s*\(|new\s+Function\b|\bFunction\s*\(|set(?:Timeout|Interval)\(\s*['"`]|importScripts/],
  ['network', /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|new\s+Image\s*\(|\bsrc\s*=\s*["'`]https?:/],
  ['remote code', /import\s*\(\s*["'`]https?:|<script[^>]*\bsrc=["']https?:/],
];

describe('the extension sources', () => {
  const files = PRODUCT_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it('are there to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(FORBIDDEN)('contain no %s', (_what, pattern) => {
    const found = files.flatMap((file) =>
      codeLines(file)
        .filter(([, line]) => pattern.test(line))
        .map(([n, line]) => `${relative(ROOT, file)}:${n}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the regular expressions that read page text', () => {
  const { regexes, dynamic } = productRegexes();

  it('are all written down where they can be checked', () => {
    expect(regexes.length).toBeGreaterThan(100);
    // A pattern built from a variable could not be checked here or by the benchmark.
    expect(dynamic).toEqual([]);
  });

  it('never repeat without bound a group that itself repeats without bound', () => {
    const nested = regexes.flatMap(({ where, source }) => {
      const found = nestedUnboundedRepetition(source);
      return found ? [`${where}: ${found}`] : [];
    });
    expect(nested).toEqual([]);
  });

  it('never look for a trailing run by trying every position of the text', () => {
    const retried = regexes.filter(({ source }) => isRetriedTrailingRun(source)).map(({ where, source }) => `${where}: /${source}/`);
    expect(retried).toEqual([]);
    expect(isRetriedTrailingRun('[,\\s]+$')).toBe(true);
    expect(isRetriedTrailingRun('(?<![,\\s])[,\\s]+$')).toBe(false);
  });

  it.each([
    ['(\\w+\\s?)+', '(\\w+\\s?)+'],
    ['(?:a*b?)*c', '(?:a*b?)*'],
    ['(?:x|y+)*z', '(?:x|y+)*'],
    ['\\p{L}+(?:-\\p{L}+)*', undefined],
    ['(?:\\s\\w+){0,40}', undefined],
    ['[(+]+(?:ab)+', undefined],
  ])('(the check itself) finds the nesting in /%s/', (source, found) => {
    expect(nestedUnboundedRepetition(source)).toBe(found);
  });
});

describe('the manifest', () => {
  type Manifest = Record<string, unknown> & { permissions?: string[] };
  const manifestFor = (browser: 'chrome' | 'firefox'): Manifest => {
    const build = config.manifest as (env: { browser: string; manifestVersion: number }) => Manifest;
    return build({ browser, manifestVersion: browser === 'firefox' ? 2 : 3 });
  };

  it.each(['chrome', 'firefox'] as const)('for %s opens no door and asks only for what README justifies', (browser) => {
    const manifest = manifestFor(browser);
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const permission of manifest.permissions ?? []) {
      expect(readme, `README justifies "${permission}"`).toMatch(new RegExp(`\\|\\s*\`${permission}\`[^|]*\\|[^|\\n]{20,}`));
    }
    expect(manifest.permissions?.sort()).toEqual(browser === 'firefox' ? ['storage'] : ['sidePanel', 'storage']);
  });
});

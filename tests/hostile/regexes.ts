/**
 * Every regular expression the product writes down (literals, and `new RegExp` of string
 * literals) in the code that reads pages: the extension and the CLI. Read with the TypeScript
 * parser, so comments and strings are never mistaken for patterns. Used by the static test
 * (no nested unbounded repetition) and by the benchmark (every pattern against bomb inputs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** The code that meets page text: the extension and the command-line analyser. */
const PRODUCT_DIRS = ['entrypoints', 'components', 'utils', 'scripts/lib'];

export interface FoundRegex {
  /** `file:line` */
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every pattern in the product code; `dynamic` counts `new RegExp(…)` built from variables (not listed). */
export function productRegexes(): { regexes: FoundRegex[]; dynamic: string[] } {
  const regexes: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of PRODUCT_DIRS.flatMap((dir) => sourceFiles(join(PROJECT_ROOT, dir)))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(PROJECT_ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf('/');
        regexes.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          regexes.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
        } else {
          dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { regexes, dynamic };
}

/**
 * Where `source` repeats, without bound, a group that itself repeats without bound and can
 * start in more than one place (`(\w+\s?)+`, `(?:a*b?)*`, `(?:x|y+)*`): the shape that
 * backtracks exponentially. Undefined when there is none.
 *
 * Passes, as linear: bounded outer repetition (`{0,40}`), and repeated groups whose every
 * alternative starts with one required item (`\p{L}+(?:-\p{L}+)*`, word and separator).
 * This is a heuristic over the pattern's shape (`(?:\w\w*)+` would pass it); the benchmark
 * runs every pattern on bomb inputs for the proof.
 */
export function nestedUnboundedRepetition(source: string): string | undefined {
  interface Frame {
    start: number;
    /** Something inside repeats without bound. */
    unbounded: boolean;
    /** Some alternative starts with an optional or repeated item, or with a group. */
    looseStart: boolean;
    /** The next item read is the first of an alternative. */
    atAlternativeStart: boolean;
  }
  const open = (start: number): Frame => ({ start, unbounded: false, looseStart: false, atAlternativeStart: true });
  const frames: Frame[] = [open(0)];
  /** The item just read, for the quantifier that may follow it. */
  let last: { group?: Frame; first: boolean } | undefined;
  const item = (group?: Frame) => {
    const frame = frames.at(-1)!;
    last = { group, first: frame.atAlternativeStart };
    if (last.first && group) frame.looseStart = true;
    frame.atAlternativeStart = false;
  };
  const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})/;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    const quantifier = QUANTIFIER.exec(source.slice(i))?.[0];
    if (quantifier && last) {
      const frame = frames.at(-1)!;
      const unbounded = quantifier === '*' || quantifier === '+' || /^\{\d+,\}$/.test(quantifier);
      const optional = quantifier === '*' || quantifier === '?' || /^\{0,/.test(quantifier);
      if (unbounded && last.group?.unbounded && last.group.looseStart) return `${source.slice(last.group.start, i)}${quantifier}`;
      if (unbounded) frame.unbounded = true;
      if (last.first && (unbounded || optional)) frame.looseStart = true;
      i += quantifier.length;
      if (source[i] === '?') i++;
      last = undefined;
    } else if (c === '\\') {
      // An escape, with its braces (\p{…}, \u{…}, \k<…>); \b and \B match no character.
      const next = source[i + 1];
      i += 2;
      if ((next === 'p' || next === 'P' || next === 'u') && source[i] === '{') i = source.indexOf('}', i) + 1;
      else if (next === 'k' && source[i] === '<') i = source.indexOf('>', i) + 1;
      if (next === 'b' || next === 'B') last = undefined;
      else item();
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      item();
    } else if (c === '(') {
      frames.push(open(i));
      i++;
      // Skip the group's kind: (?: (?= (?! (?<= (?<! (?<name>
      const kind = /^\?(?:[:=!]|<[=!]|<[^>]*>)/.exec(source.slice(i))?.[0];
      if (kind) i += kind.length;
      last = undefined;
    } else if (c === ')') {
      const frame = frames.pop()!;
      i++;
      // What repeats inside a group also repeats inside the group that holds it.
      if (frame.unbounded) frames.at(-1)!.unbounded = true;
      item(frame);
    } else if (c === '|') {
      frames.at(-1)!.atAlternativeStart = true;
      i++;
      last = undefined;
    } else if (c === '^' || c === '$') {
      i++;
      last = undefined;
    } else {
      i++;
      item();
    }
  }
  return undefined;
}

/**
 * A pattern that is nothing but a run and the end of the text (`[,\s]+$`): unanchored, it is
 * tried at every position of a long run that does not reach the end, each try scanning the
 * rest of the run: quadratic. A lookbehind for the same class (`(?<![,\s])[,\s]+$`) makes it
 * start only where a run starts.
 */
export function isRetriedTrailingRun(source: string): boolean {
  return /^(?:\[(?:\\.|[^\]\\])*\]|\\[a-zA-Z])[+*]\$$/.test(source);
}

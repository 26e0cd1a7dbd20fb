import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEMO_ARTICLE, runAnalyze } from '../../scripts/lib/analyze-cli';
import { stripInertMarkup } from '../../scripts/lib/strip-inert';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runAnalyze(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('analyze CLI', () => {
  it('prints one JSON line per page in the scorer contract', () => {
    const { code, out } = run(['--json', DEMO_ARTICLE, 'tests/fixtures/pages/home-page.html']);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const [article, home] = out.map((line) => JSON.parse(line));
    expect(Object.keys(article).sort()).toEqual(['denials', 'file', 'isArticle', 'sources', 'title']);
    expect(article).toMatchObject({ file: DEMO_ARTICLE, isArticle: true, title: 'Port Calder Transit Deal Stalls Over Freight Terms' });
    expect(Array.isArray(article.sources) && Array.isArray(article.denials)).toBe(true);
    for (const source of article.sources) {
      expect(['named', 'organization', 'anonymous']).toContain(source.kind);
      expect(source.mentions.every((m: { sentence: unknown }) => typeof m.sentence === 'string')).toBe(true);
    }
    expect(home).toMatchObject({ file: 'tests/fixtures/pages/home-page.html', isArticle: false, sources: [], denials: [] });
  });

  it('analyses the demo article when given no file, and says so', () => {
    const { code, out, err } = run([]);
    expect(code).toBe(0);
    expect(err.join('\n')).toContain(`analysing the demo article, ${DEMO_ARTICLE}`);
    const summary = out.join('\n');
    expect(summary).toContain('Port Calder Transit Deal Stalls Over Freight Terms');
    expect(summary).toMatch(/Article: calderledger\.example · 2031-04-14/);
    expect(summary).toMatch(/Named people|Anonymous sources|Denials/);
  });

  it('reports a missing file and an unknown option with a failing exit code', () => {
    const missing = run(['--json', 'tests/fixtures/pages/no-such-page.html']);
    expect(missing.code).toBe(1);
    expect(missing.out).toEqual([]);
    expect(missing.err.join('\n')).toContain('no-such-page.html');
    expect(run(['--jsonl', DEMO_ARTICLE]).code).toBe(2);
  });

  it('runs as `npm run analyze` does (tsx scripts/analyze.ts)', { timeout: 60_000 }, () => {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--json', DEMO_ARTICLE], { encoding: 'utf8' });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ file: DEMO_ARTICLE, isArticle: true });
  });
});

describe('stripInertMarkup', () => {
  it('drops script bodies, style sheets, inline SVG and comments, and keeps JSON-LD and the text', () => {
    const html =
      '<HEAD><SCRIPT>var a = "<p>not text</p>";</SCRIPT><style>p{color:red}</style>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script></HEAD>' +
      '<body><!-- a comment with <p>markup</p> --><p>İstanbul <svg><path d="M0"/><title>icon</title></svg>said</p></body>';
    expect(stripInertMarkup(html)).toBe(
      '<HEAD><SCRIPT></SCRIPT><style></style><script type="application/ld+json">{"@type":"NewsArticle"}</script></HEAD>' +
        '<body><p>İstanbul <svg></svg>said</p></body>',
    );
  });

  it('reads <title> and <textarea> as text, as the HTML tokenizer does', () => {
    const html = '<title>Why <script> tags block</title><textarea><!-- kept --></textarea><p>Body</p>';
    expect(stripInertMarkup(html)).toBe(html);
  });

  it('ends "<!-->" at once and leaves an unclosed script to the parser', () => {
    expect(stripInertMarkup('<!--><p>Kept</p><!---><p>Also kept</p>')).toBe('<p>Kept</p><p>Also kept</p>');
    expect(stripInertMarkup('<p>Before</p><script>never closed <p>x</p>')).toBe('<p>Before</p><script>never closed <p>x</p>');
  });

  it('leaves custom elements whose names start like a raw-text element alone', () => {
    const html = '<style-guide><p>Visible text</p></style-guide>';
    expect(stripInertMarkup(html)).toBe(html);
  });
});

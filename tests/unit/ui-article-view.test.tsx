import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleView } from '../../entrypoints/sidepanel/ArticleView';
import type { AnalysisReport } from '../../utils/analysis/report';
import { click, mount, squash, type Mounted } from './ui-dom';

// An invented article: every kind of source, a reason given and a reason missing, each denial type.
const report: AnalysisReport = {
  isArticle: true,
  title: 'Reservoir levels fall to a ten-year low',
  sources: [
    {
      kind: 'named',
      name: 'Helka Strand',
      aliases: ['Ms. Strand'],
      description: 'the regional water commissioner',
      mentions: [
        { sentence: '“We are asking everyone to save water,” said Helka Strand.', paragraph: 1, quote: 'We are asking everyone to save water,' },
        { sentence: 'Ms. Strand said rationing was not planned.', paragraph: 4 },
      ],
    },
    {
      kind: 'organization',
      name: 'Fenwater Utilities',
      mentions: [{ sentence: 'Fenwater Utilities said pumping would continue.', paragraph: 2 }],
    },
    {
      kind: 'anonymous',
      description: 'an engineer at the dam',
      anonymityReason: 'because staff may not speak to reporters',
      mentions: [{ sentence: 'An engineer at the dam, who asked not to be named because staff may not speak to reporters, said the gauges were faulty.', paragraph: 3 }],
    },
    {
      kind: 'anonymous',
      description: 'a council official',
      mentions: [
        { sentence: 'A council official said the warning came late.', paragraph: 5 },
        { sentence: 'The official added that a report was due.', paragraph: 6 },
      ],
    },
  ],
  denials: [
    { type: 'denial', sentence: 'Fenwater Utilities denied any leak.', paragraph: 7, by: 'Fenwater Utilities' },
    { type: 'no_comment', sentence: 'The ministry declined to comment.', paragraph: 8, by: 'the ministry' },
    { type: 'no_response', sentence: 'Requests for comment went unanswered.', paragraph: 9 },
  ],
};

let view: Mounted | undefined;
afterEach(() => view?.unmount());

function show(r: AnalysisReport, onChoose = vi.fn(), empty = false) {
  view = mount(<ArticleView title={r.title} report={r} empty={empty} activeKey={undefined} onChoose={onChoose} />);
  return view;
}

describe('ArticleView', () => {
  it('shows the headline and one count per kind', () => {
    const v = show(report);
    expect(v.text('h1[data-testid="headline"]')).toBe('Reservoir levels fall to a ten-year low');
    const counts = Object.fromEntries(
      v.all('[data-testid="summary"] [data-count]').map((el) => [el.dataset.count, Number(/\d+/.exec(el.textContent ?? '')?.[0])]),
    );
    // Named people and organisations count once each; anonymous sources count per attribution.
    expect(counts).toEqual({ named: 1, organization: 1, anonymous: 3, denial: 3 });
    expect(v.text('.share__text')).toBe('50% of attributions are anonymous (3 of 6)');
  });

  it('lists every source under its kind, with name or descriptor and role', () => {
    const v = show(report);
    const sources = v.all('li[data-testid="source"]');
    expect(sources.map((s) => s.dataset.kind)).toEqual(['named', 'organization', 'anonymous', 'anonymous']);
    expect(sources.map((s) => squash(s.querySelector('[data-testid="source-name"]')?.textContent ?? ''))).toEqual([
      'Helka Strand',
      'Fenwater Utilities',
      'an engineer at the dam',
      'a council official',
    ]);
    expect(squash(sources[0]?.querySelector('.source__role')?.textContent ?? '')).toBe('the regional water commissioner');
    expect(squash(sources[0]?.querySelector('.source__aliases')?.textContent ?? '')).toBe('Also called Ms. Strand');
  });

  it('gives the reason for anonymity, or flags that none was given', () => {
    const [withReason, withoutReason] = show(report).all('li[data-testid="source"][data-kind="anonymous"]');
    expect(squash(withReason?.querySelector('[data-testid="anonymity-reason"]')?.textContent ?? '')).toBe(
      'Why anonymous: because staff may not speak to reporters',
    );
    expect(withReason?.querySelector('[data-testid="no-reason"]')).toBeNull();
    expect(withoutReason?.querySelector('[data-testid="anonymity-reason"]')).toBeNull();
    expect(squash(withoutReason?.querySelector('[data-testid="no-reason"]')?.textContent ?? '')).toBe(
      'No reason given for anonymity',
    );
  });

  it('lists denials with their type and who, saying so when the sentence does not', () => {
    const denials = show(report).all('li[data-testid="denial"]');
    expect(denials.map((d) => d.dataset.type)).toEqual(['denial', 'no_comment', 'no_response']);
    expect(denials.map((d) => squash(d.querySelector('.denial__head')?.textContent ?? ''))).toEqual([
      'Denied Fenwater Utilities',
      'Declined to comment the ministry',
      'Did not respond Not said who',
    ]);
  });

  it('makes every sentence a button that reports which sentence was chosen', () => {
    const onChoose = vi.fn();
    const v = show(report, onChoose);
    const mentions = v.all('[data-testid="mention"]');
    expect(mentions).toHaveLength(9);
    expect(mentions.every((m) => m.tagName === 'BUTTON' && m.getAttribute('type') === 'button')).toBe(true);
    const denialButton = v.one('li[data-testid="denial"][data-type="no_comment"] [data-testid="mention"]');
    click(denialButton);
    expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ sentence: 'The ministry declined to comment.', paragraph: 8 }));
  });

  it('emphasises the quoted words inside their sentence', () => {
    const first = show(report).all('[data-testid="mention"]')[0];
    expect(squash(first?.textContent ?? '')).toBe('“We are asking everyone to save water,” said Helka Strand.');
    expect(first?.querySelector('.mention__quote')?.textContent).toBe('We are asking everyone to save water,');
  });

  it('renders page text as text, never as markup', () => {
    const hostile: AnalysisReport = {
      ...report,
      title: '<img src=x onerror="alert(1)">Headline',
      sources: [
        {
          kind: 'anonymous',
          description: '<b>an aide</b>',
          anonymityReason: '<script>alert(2)</script>',
          mentions: [{ sentence: '<a href="javascript:alert(3)">click</a> said an aide.', paragraph: 0 }],
        },
      ],
    };
    const v = show(hostile);
    expect(v.root.querySelector('img, script, b, a')).toBeNull();
    expect(v.text('h1')).toBe('<img src=x onerror="alert(1)">Headline');
    expect(v.text('[data-testid="source-name"]')).toBe('<b>an aide</b>');
  });

  it('says plainly when nothing is attributed, without an empty summary', () => {
    const v = show({ ...report, sources: [], denials: [] }, vi.fn(), true);
    expect(v.one('[data-testid="status"]').dataset.status).toBe('no-sources');
    expect(v.text('[data-testid="status"]')).toContain('Nothing attributed in this article');
    expect(v.all('[data-testid="summary"]')).toHaveLength(0);
  });
});

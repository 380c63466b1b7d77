// @vitest-environment jsdom
// The annotator at its edges, as a reader would notice them: an edited paragraph keeps one
// highlight (not the old one beside the new), edits inside inline markup, new sections with their
// own edits, empty or one-word spans, what is asked of the background and how often, a block of
// exactly the size limit, forgetting one highlight of two in a paragraph, and removed text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BlockKind, MatchBlocksResponse } from '../../../src/messaging/protocol';
import { createAnnotator, type MatchChange } from '../../../src/page/annotator';
import { createScanProgress } from '../../../src/page/scan-progress';
import { highlightedOnce, wordAnswer, testCard } from '../../support/page-background';

const card = testCard;

/** A background that finds each word as its claim, and records every request. */
function background(words: Record<string, string>, answer?: (texts: string[]) => MatchBlocksResponse) {
  const requests: { texts: string[]; kinds: BlockKind[] }[] = [];
  const matchBlocks = async (texts: string[], kinds: BlockKind[]): Promise<MatchBlocksResponse> => {
    requests.push({ texts, kinds });
    return answer ? answer(texts) : wordAnswer(words, texts, card);
  };
  return { requests, matchBlocks };
}

afterEach(() => {
  document.body.textContent = '';
});

async function annotate(words: Record<string, string>, options: { sliceMs?: number } = {}) {
  const bg = background(words);
  const changes: MatchChange[] = [];
  const progress = createScanProgress();
  const annotator = createAnnotator({
    root: document.body,
    matchBlocks: bg.matchBlocks,
    onChange: (change) => changes.push(change),
    progress,
    ...options,
  });
  await annotator.start();
  const texts = () => annotator.matches().map((m) => m.range.toString());
  const settled = async (after: number) =>
    vi.waitFor(() => {
      const state = progress.state();
      if (!(state.finished > after && state.started === state.finished)) throw new Error('still scanning');
    });
  return { annotator, changes, progress, requests: bg.requests, texts, settled };
}

describe('an edited page keeps its highlights true to its text', () => {
  it('an edited paragraph has one highlight for its new text, and none once the claim is gone', async () => {
    document.body.innerHTML = '<p id="p">alpha is here</p><p>beta</p>';
    const { annotator, progress, texts, settled } = await annotate({ alpha: 'a', beta: 'b' });
    let after = progress.state().finished;
    document.getElementById('p')!.textContent = 'now alpha moved';
    await settled(after);
    expect(annotator.matches().map((m) => m.container.textContent)).toEqual(['now alpha moved', 'beta']);
    after = progress.state().finished;
    document.getElementById('p')!.textContent = 'nothing left';
    await settled(after);
    expect(texts()).toEqual(['beta']);
    expect(annotator.claimCount()).toBe(1);
    annotator.stop();
  });

  it('an edit inside inline markup re-reads its whole paragraph', async () => {
    document.body.innerHTML = '<p>They said <b id="b">nothing</b> today.</p>';
    const { annotator, progress, requests, settled } = await annotate({ 'said alpha': 'a' });
    const after = progress.state().finished;
    document.getElementById('b')!.firstChild!.nodeValue = 'alpha';
    await settled(after);
    expect(requests.at(-1)!.texts).toEqual(['They said alpha today.']);
    expect(annotator.matches().map((m) => m.range.toString())).toEqual(['said alpha']);
    annotator.stop();
  });

  it('a new section edited in the same moment is read once', async () => {
    document.body.innerHTML = '<p>start</p>';
    const { annotator, progress, requests, settled } = await annotate({ alpha: 'a' });
    const after = progress.state().finished;
    const section = document.createElement('section');
    section.innerHTML = '<p id="new">alpha once</p>';
    document.body.append(section);
    document.getElementById('new')!.append(' more');
    await settled(after);
    expect(annotator.matches()).toHaveLength(1);
    expect(requests.at(-1)!.texts).toEqual(['alpha once more']);
    annotator.stop();
  });

  it('lists no match of a block removed a moment ago, even before the page’s change is handled', async () => {
    document.body.innerHTML = '<p id="gone">alpha gone</p><p>alpha kept</p>';
    const { annotator } = await annotate({ alpha: 'a' });
    document.getElementById('gone')!.remove();
    expect(annotator.matches().map((m) => m.container.textContent)).toEqual(['alpha kept']);
    annotator.stop();
  });

  it('does not count a pass for text typed into an editable field', async () => {
    document.body.innerHTML = '<p>alpha</p><div contenteditable="true" id="edit"></div><p id="later"></p>';
    const { annotator, progress, settled } = await annotate({ alpha: 'a' });
    const before = progress.state();
    document.getElementById('edit')!.textContent = 'alpha typed';
    document.getElementById('later')!.textContent = 'alpha later';
    await settled(before.finished);
    // One pass for the paragraph; the editable field started none.
    expect(progress.state()).toEqual({ started: before.started + 1, finished: before.finished + 1 });
    annotator.stop();
  });
});

describe('what the background is asked, and how often', () => {
  it('asks nothing for a page without text', async () => {
    document.body.innerHTML = '<div></div>';
    const { requests, annotator } = await annotate({ alpha: 'a' });
    expect(requests).toEqual([]);
    annotator.stop();
  });

  it('sends each block with what it is (title, heading, paragraph)', async () => {
    document.body.innerHTML = '<h1>The title</h1><h2>A heading</h2><p>A paragraph</p>';
    const { requests, annotator } = await annotate({ alpha: 'a' });
    expect(requests).toEqual([
      { texts: ['The title', 'A heading', 'A paragraph'], kinds: ['title', 'heading', 'paragraph'] },
    ]);
    annotator.stop();
  });

  it('reads a small page in one request within its time slice', async () => {
    document.body.innerHTML = '<p>alpha one</p><p>alpha two</p><p>alpha three</p>';
    const { requests, annotator } = await annotate({ alpha: 'a' }, { sliceMs: 60_000 });
    expect(requests).toHaveLength(1);
    annotator.stop();
  });

  it('by default yields to the page every few milliseconds on a long page, sending what it read', async () => {
    document.body.innerHTML = Array.from(
      { length: 600 },
      (_, i) => `<p>paragraph ${i} alpha${' more words'.repeat(10)}</p>`,
    ).join('');
    // A slow reader: every look at the clock finds a millisecond gone, so the 8 ms slice ends every few blocks.
    let clock = 0;
    const tick = vi.spyOn(window.performance, 'now').mockImplementation(() => ++clock);
    try {
      const { requests, annotator } = await annotate({ alpha: 'a' });
      // 600 blocks of 120 characters: several batches of at least 20,000 characters, none lost.
      expect(requests.length).toBeGreaterThan(2);
      expect(requests.flatMap((r) => r.texts)).toHaveLength(600);
      annotator.stop();
    } finally {
      tick.mockRestore();
    }
  });

  it('stops reading once stopped, even in the middle of a page', async () => {
    // Paragraphs long enough that each one read may go out on its own.
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>paragraph ${i}${' x'.repeat(10_000)}</p>`).join(
      '',
    );
    const requests: string[][] = [];
    const annotator = createAnnotator({
      root: document.body,
      matchBlocks: async (texts) => {
        requests.push(texts);
        annotator.stop();
        return { matches: texts.map(() => []), claims: {} };
      },
      onChange: () => undefined,
      progress: createScanProgress(),
      // Yields after every block.
      sliceMs: -1,
    });
    await annotator.start();
    expect(requests).toHaveLength(1);
  });

  it('sends an article of ordinary length in one request even when it yields after every block', async () => {
    // The background reads a headline in the story told below it: the CLI reads a file whole, and so must the page.
    document.body.innerHTML = Array.from(
      { length: 40 },
      (_, i) => `<p>paragraph ${i} alpha${' word'.repeat(40)}</p>`,
    ).join('');
    const { requests, annotator } = await annotate({ alpha: 'a' }, { sliceMs: -1 });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.texts).toHaveLength(40);
    expect(requests[0]!.texts[39]).toMatch(/^paragraph 39 /);
    annotator.stop();
  });

  it('reads a block of exactly 1,000,000 characters, and skips one longer', async () => {
    const exact = `alpha${'x'.repeat(1_000_000 - 5)}`;
    document.body.innerHTML = `<p></p><p></p>`;
    const [first, second] = document.querySelectorAll('p');
    first!.textContent = exact;
    second!.textContent = `${exact}y`;
    const { requests, annotator } = await annotate({ alpha: 'a' });
    expect(requests.flatMap((r) => r.texts.map((t) => t.length))).toEqual([1_000_000]);
    annotator.stop();
  });
});

describe('answers the content script refuses', () => {
  async function found(answer: MatchBlocksResponse) {
    document.body.innerHTML = '<p>alpha beta</p>';
    return highlightedOnce(() => answer);
  }
  const at = (claimId: unknown, start: number, end: number) =>
    ({ claimId, start, end, score: 1, stance: 'asserts', why: [] }) as never;

  it('an empty span', async () => {
    expect(await found({ matches: [[at('a', 3, 3), at('a', 6, 10)]], claims: { a: card('a') } })).toEqual(['a:beta']);
  });

  it('a card without its text (the popup would list nothing for it)', async () => {
    const { text: _none, ...textless } = card('t');
    expect(
      await found({ matches: [[at('t', 0, 5), at('a', 6, 10)]], claims: { t: textless as never, a: card('a') } }),
    ).toEqual(['a:beta']);
  });

  it('a claim id that is not a string', async () => {
    expect(await found({ matches: [[at(5, 0, 5), at('a', 6, 10)]], claims: { 5: card('5'), a: card('a') } })).toEqual([
      'a:beta',
    ]);
  });
});

describe('forgetting one highlight', () => {
  it('keeps the other highlight of the same paragraph, and reports exactly the one removed', async () => {
    document.body.innerHTML = '<p>alpha and beta</p>';
    const { annotator, changes, texts } = await annotate({ alpha: 'a', beta: 'b' });
    const [alpha] = annotator.matches();
    changes.length = 0;
    annotator.forget(alpha!);
    expect(texts()).toEqual(['beta']);
    expect(changes).toEqual([{ added: [], removed: [alpha], readingAgain: false }]);
    annotator.stop();
  });

  it('does nothing for a highlight a re-read already dropped', async () => {
    document.body.innerHTML = '<p>alpha</p>';
    const { annotator, changes } = await annotate({ alpha: 'a' });
    const [alpha] = annotator.matches();
    await annotator.rescan();
    changes.length = 0;
    expect(() => annotator.forget(alpha!)).not.toThrow();
    expect(changes).toEqual([]);
    expect(annotator.matches()).toHaveLength(1);
    annotator.stop();
  });
});

// @vitest-environment jsdom
// The page's first blocks are read while the reader's settings are read: what is sent once the
// switches say "on" must be exactly what reading the page then would send, and a page that changed in
// between is read again, never sent as it was.
import { afterEach, describe, expect, it } from 'vitest';
import type { MatchBlocksResponse } from '../../../src/messaging/protocol';
import { createAnnotator } from '../../../src/page/annotator';
import { readEarly } from '../../../src/page/early-read';
import { walkTextBlocks } from '../../../src/page/text-blocks';

const paragraphs = (count: number, words = 40) =>
  Array.from({ length: count }, (_, i) => `<p>Paragraph ${i}: ${'word '.repeat(words)}Netflix.</p>`).join('');

/** Records what the page sends; finds nothing. */
function recorder() {
  const sent: string[][] = [];
  const matchBlocks = (texts: string[]): Promise<MatchBlocksResponse> => {
    sent.push(texts);
    return Promise.resolve({ matches: texts.map(() => []), claims: {} });
  };
  return { sent, matchBlocks };
}

async function sentBy(early?: ReturnType<typeof readEarly>) {
  const { sent, matchBlocks } = recorder();
  const annotator = createAnnotator({ root: document.documentElement, matchBlocks, onChange: () => {}, early });
  await annotator.start();
  annotator.stop();
  return sent;
}

afterEach(() => {
  document.body.textContent = '';
});

describe('reading the page early', () => {
  it('reads blocks up to the size asked, then gives the whole page in order, once', () => {
    document.body.innerHTML = paragraphs(200);
    const early = readEarly(document.documentElement, 2_000);
    const blocks = early.take();
    expect(blocks).not.toBeNull();
    const texts = [...blocks!].map((block) => block.text);
    expect(texts).toEqual([...walkTextBlocks(document.documentElement)].map((block) => block.text));
    expect(texts).toHaveLength(200);
    expect(early.take()).toBeNull();
  });

  it('sends the same first batch (20,000 characters or more) and the same page as reading it then', async () => {
    document.body.innerHTML = paragraphs(600);
    const without = await sentBy();
    const early = readEarly(document.documentElement, 20_000);
    const withEarly = await sentBy(early);
    expect(without[0]!.join('').length).toBeGreaterThanOrEqual(20_000);
    expect(withEarly[0]).toEqual(without[0]);
    // Later batches are cut by time slices; the text they carry, in order, is the same.
    expect(withEarly.flat()).toEqual(without.flat());
  });

  it('reads again a page changed before the settings came: the changed text is sent, not the old', async () => {
    document.body.innerHTML = paragraphs(20);
    const early = readEarly(document.documentElement, 20_000);
    document.querySelector('p')!.textContent = 'Changed meanwhile: Netflix.';
    const sent = await sentBy(early);
    expect(sent.flat()[0]).toBe('Changed meanwhile: Netflix.');
    expect(sent.flat()).not.toContain(expect.stringContaining('Paragraph 0:'));
  });

  it('gives nothing once released (the reader is off here), and stops watching the page', async () => {
    document.body.innerHTML = paragraphs(5);
    const early = readEarly(document.documentElement, 20_000);
    early.release();
    expect(early.take()).toBeNull();
    // Read the ordinary way instead.
    expect((await sentBy(early)).flat()).toHaveLength(5);
  });
});

// @vitest-environment jsdom
// Edges of the page modules the first mutation run left open: showing one passage again keeps every
// other page's hidden passages; our own UI added to the page is not read, and a text node changed and
// removed in one burst does not stop the batch; the reader switch answers before it was ever applied
// and stops when it never started; the text walker keeps each block's container right after empty
// elements, never reads past its root, and trims what it gives the command line.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listDismissals, loadDismissals, undoDismissal } from '../../../src/page/dismissals';
import { createMutationBatcher, type MutationBatch } from '../../../src/page/mutation-batcher';
import { createReaderSwitch } from '../../../src/page/reader-switch';
import { blockContainerOf, collectTextBlocks, readableText } from '../../../src/page/text-blocks';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

describe('showing a passage again', () => {
  it('keeps the passages hidden on every other page', async () => {
    await (await loadDismissals('https://a.example/one')).dismiss({ claimId: 'moon', text: 'A.' });
    await (await loadDismissals('https://b.example/two')).dismiss({ claimId: 'moon', text: 'B.' });
    await undoDismissal('https://a.example/one', { claimId: 'moon', text: 'A.' });
    expect(await listDismissals()).toEqual([{ page: 'https://b.example/two', claimId: 'moon', text: 'B.' }]);
  });
});

describe('the mutation batcher with our own UI and short-lived text', () => {
  it('does not read our own UI added to the page, and survives text changed then removed in one burst', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p id="p">Hello <b id="b">there</b></p>';
    const batches: MutationBatch[] = [];
    const batcher = createMutationBatcher(document.body, (batch) => batches.push(batch));
    batcher.start();
    const card = document.createElement('div');
    card.setAttribute('data-claimlens-ui', '');
    document.body.append(card);
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(50);
    expect(batches).toEqual([]);
    const text = document.getElementById('b')!.firstChild as Text;
    text.data = 'here';
    text.remove();
    const added = document.createElement('p');
    document.body.append(added);
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(50);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.changed.has(added)).toBe(true);
    batcher.stop();
    vi.useRealTimers();
  });
});

describe('the reader switch before it is applied', () => {
  it('says the page is off, and stops without having started', () => {
    const reader = createReaderSwitch({
      win: { location: { href: 'https://news.example/' } } as unknown as Window & typeof globalThis,
      matchBlocks: async () => ({ matches: [], claims: {} }),
      reportCount: () => {},
      isDismissed: () => false,
      dismiss: () => {},
      undoDismiss: async () => {},
    });
    expect(reader.state()).toBe('off');
    expect(reader.pageClaims().state).toBe('off');
    expect(() => reader.stop()).not.toThrow();
  });
});

describe('the text walker’s containers', () => {
  it('keeps text after an empty block in its own container', () => {
    document.body.innerHTML = '<div id="d">a<br>b<p></p>c</div>';
    const blocks = collectTextBlocks(document.body);
    expect(blocks.map((b) => [b.text, b.container.id])).toEqual([
      ['a', 'd'],
      ['b', 'd'],
      ['c', 'd'],
    ]);
  });

  it('does not join a paragraph’s text with the text after it across an empty inline element', () => {
    document.body.innerHTML = '<div id="d"><p id="p">x<span></span></p>y</div>';
    expect(collectTextBlocks(document.body).map((b) => [b.text, b.container.id])).toEqual([
      ['x', 'p'],
      ['y', 'd'],
    ]);
  });

  it('never reads past its root, even when an ancestor of the root has more text after it', () => {
    document.body.innerHTML = '<section><div id="a"><span>one</span></div></section><p>outside</p>';
    expect(collectTextBlocks(document.getElementById('a')!).map((b) => b.text)).toEqual(['one']);
  });

  it('finds no block around text outside the document, and falls back to the root element', () => {
    const fragment = document.createDocumentFragment();
    const span = document.createElement('span');
    span.append('loose');
    fragment.append(span);
    expect(blockContainerOf(span.firstChild!)).toBe(document.documentElement);
  });

  it('gives the command line each block trimmed', () => {
    document.body.innerHTML = '<p>  One  </p><p>\n Two\n</p>';
    expect(readableText(document.body)).toBe('One\n\nTwo');
  });
});

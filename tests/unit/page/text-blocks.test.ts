// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectTextBlocks, rangeInBlock, readableText } from '../../../src/page/text-blocks';

function page(html: string): void {
  document.body.innerHTML = html; // test fixture only
}

describe('collectTextBlocks', () => {
  beforeEach(() => page(''));

  it('reads a paragraph split by links and emphasis as one block', () => {
    page('<p>Meta <a href="#">sold</a> your <em>private messages</em> to Netflix.</p><p>Second.</p>');
    const blocks = collectTextBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['Meta sold your private messages to Netflix.', 'Second.']);
  });

  it('skips scripts, styles, form fields, hidden elements and our own UI', () => {
    page(
      '<p>Seen</p><script>var hidden = "Netflix";</script><style>p{}</style><textarea>typed</textarea>' +
        '<div hidden>gone</div><div aria-hidden="true">decor</div><div data-claimlens-ui>card</div><div contenteditable>draft</div>',
    );
    expect(collectTextBlocks(document.body).map((b) => b.text)).toEqual(['Seen']);
  });

  it('splits text on both sides of a nested block', () => {
    page('<div>before<p>inside</p>after</div>');
    expect(collectTextBlocks(document.body).map((b) => b.text)).toEqual(['before', 'inside', 'after']);
  });

  it('maps a span across inline elements back to a DOM range with the same text', () => {
    page('<p>Meta <a href="#">sold</a> your <em>private messages</em> to Netflix.</p>');
    const [block] = collectTextBlocks(document.body);
    const start = block!.text.indexOf('sold');
    const end = block!.text.indexOf(' to Netflix');
    const range = rangeInBlock(block!, start, end);
    expect(range.toString()).toBe('sold your private messages');
    expect(range.startContainer.parentElement!.tagName).toBe('A');
    expect(range.endContainer.parentElement!.tagName).toBe('EM');
  });

  it('reduces a document to readable text for the command line', () => {
    page('<h1>Title</h1><p>One\n   line.</p><script>x</script>');
    expect(readableText(document.body)).toBe('Title\n\nOne line.');
  });
});

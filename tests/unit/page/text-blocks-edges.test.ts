// @vitest-environment jsdom
// What the text walker reads as a reader would, element by element: every element a reader does not
// read as prose is skipped, every block-level element starts a new block (so two paragraphs never
// run into one sentence), inline ones do not; offsets map back to the right text node at node
// boundaries; and headings are told apart from the headline and body text.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  blockContainerOf,
  blockKindOf,
  collectTextBlocks,
  isInSkippedSubtree,
  isSkippedElement,
  positionInBlock,
  walkTextBlocks,
} from '../../../src/page/text-blocks';

const SKIPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'code',
  'pre',
  'kbd',
  'samp',
  'head',
  'title',
  'meta',
  'link',
];
const BLOCKS = [
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
];
const INLINE = ['span', 'a', 'em', 'strong', 'b', 'i', 'mark', 'q', 'abbr', 'sup', 'label', 'claim-box'];

const texts = () => collectTextBlocks(document.body).map((b) => b.text);
/** `before`, then `element` holding `inner`, then `after`, in one container (built with the DOM, not the parser). */
function around(tag: string, inner = 'inside'): HTMLElement {
  const box = document.createElement('section');
  const element = document.createElement(tag);
  // jsdom would run a script's text: make it data.
  if (tag === 'script') element.setAttribute('type', 'text/plain');
  if (inner) element.append(inner);
  box.append('before ', element, ' after');
  document.body.replaceChildren(box);
  return element;
}

beforeEach(() => document.body.replaceChildren());

describe('the elements the walker reads', () => {
  it.each(SKIPPED)('skips the text inside <%s>', (tag) => {
    around(tag);
    expect(texts()).toEqual(['before  after']);
    expect(isSkippedElement(document.createElement(tag))).toBe(true);
  });

  it.each(BLOCKS)('starts a new block at <%s>', (tag) => {
    around(tag);
    expect(texts()).toEqual(['before ', 'inside', ' after']);
  });

  it.each(['br', 'hr'])('ends a block at <%s>', (tag) => {
    around(tag, '');
    expect(texts()).toEqual(['before ', ' after']);
  });

  it.each(INLINE)('reads <%s> as part of the sentence around it', (tag) => {
    around(tag);
    expect(texts()).toEqual(['before inside after']);
    expect(isSkippedElement(document.createElement(tag))).toBe(false);
  });

  it('skips hidden, aria-hidden and editable elements, and reads those that say they are not', () => {
    const element = (attributes: Record<string, string>) => {
      const e = document.createElement('div');
      for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
      return e;
    };
    expect(isSkippedElement(element({ hidden: '' }))).toBe(true);
    expect(isSkippedElement(element({ 'aria-hidden': 'true' }))).toBe(true);
    expect(isSkippedElement(element({ 'aria-hidden': 'false' }))).toBe(false);
    expect(isSkippedElement(element({ contenteditable: '' }))).toBe(true);
    expect(isSkippedElement(element({ contenteditable: 'plaintext-only' }))).toBe(true);
    expect(isSkippedElement(element({ contenteditable: 'false' }))).toBe(false);
    expect(isSkippedElement(element({ 'data-claimlens-ui': '' }))).toBe(true);
    expect(isSkippedElement(element({}))).toBe(false);
  });
});

describe('walking a subtree', () => {
  it('reads nested inline elements as one sentence and starts again after them', () => {
    document.body.innerHTML = '<p><em><b>Deep</b> and</em> shallow.</p><p>Next.</p><p>   </p>';
    const blocks = collectTextBlocks(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['Deep and shallow.', 'Next.']);
    expect(blocks[0]!.container.tagName).toBe('P');
    expect(blocks[0]!.offsets).toEqual([0, 4, 8]);
  });

  it('reads a text node given as the root, and nothing for whitespace only', () => {
    const text = document.createTextNode('Alone.');
    document.body.append(text);
    expect([...walkTextBlocks(text)].map((b) => [b.text, b.container])).toEqual([['Alone.', document.body]]);
    expect([...walkTextBlocks(document.createTextNode('  \n '))]).toEqual([]);
  });

  it('reads an inline root in its block’s container, and nothing under a skipped root', () => {
    document.body.innerHTML = '<p>Meta <em id="em">sold <b>messages</b></em></p><pre id="pre">code</pre>';
    const [block] = collectTextBlocks(document.getElementById('em')!);
    expect(block!.text).toBe('sold messages');
    expect(block!.container.tagName).toBe('P');
    expect(collectTextBlocks(document.getElementById('pre')!)).toEqual([]);
  });

  it('reads a whole document given as the root', () => {
    document.body.innerHTML = '<h1>Title</h1><p>Body.</p>';
    expect(collectTextBlocks(document).map((b) => b.text)).toEqual(['Title', 'Body.']);
  });

  it('does not read past the root into its siblings', () => {
    document.body.innerHTML = '<div id="a"><span>one</span></div><div>two</div>';
    expect(collectTextBlocks(document.getElementById('a')!).map((b) => b.text)).toEqual(['one']);
  });
});

describe('blockContainerOf and isInSkippedSubtree', () => {
  it('finds the nearest block around a node, or the element itself when it is one', () => {
    document.body.innerHTML = '<div><p id="p">a <em id="em">b</em></p></div>';
    const em = document.getElementById('em')!;
    expect(blockContainerOf(em.firstChild!)).toBe(document.getElementById('p'));
    expect(blockContainerOf(em)).toBe(document.getElementById('p'));
    expect(blockContainerOf(document.getElementById('p')!)).toBe(document.getElementById('p'));
  });

  it('falls back to the root element for inline content outside any block', () => {
    const span = document.createElement('span');
    span.append('loose');
    expect(blockContainerOf(span.firstChild!)).toBe(document.documentElement);
  });

  it('says whether a node is under something never read, up to `stopAt`', () => {
    document.body.innerHTML = '<div id="ui" data-claimlens-ui><p id="p">card <b id="b">x</b></p></div><p id="q">y</p>';
    const b = document.getElementById('b')!;
    expect(isInSkippedSubtree(b.firstChild!)).toBe(true);
    expect(isInSkippedSubtree(document.getElementById('ui')!)).toBe(true);
    expect(isInSkippedSubtree(b, document.getElementById('p')!)).toBe(false);
    expect(isInSkippedSubtree(document.getElementById('q')!.firstChild!)).toBe(false);
  });
});

describe('positionInBlock', () => {
  it('puts an offset at a node boundary in the later node, or the earlier one for an end', () => {
    document.body.innerHTML = '<p>ab<em>cd</em>ef</p>';
    const [block] = collectTextBlocks(document.body);
    const [ab, cd, ef] = block!.nodes;
    expect(positionInBlock(block!, 0)).toEqual({ node: ab, offset: 0 });
    expect(positionInBlock(block!, 2)).toEqual({ node: cd, offset: 0 });
    expect(positionInBlock(block!, 2, true)).toEqual({ node: ab, offset: 2 });
    expect(positionInBlock(block!, 3)).toEqual({ node: cd, offset: 1 });
    expect(positionInBlock(block!, 4, true)).toEqual({ node: cd, offset: 2 });
    expect(positionInBlock(block!, 5)).toEqual({ node: ef, offset: 1 });
    expect(positionInBlock(block!, 6, true)).toEqual({ node: ef, offset: 2 });
  });

  it('keeps an offset past the text inside the last node (text shortened since it was read)', () => {
    document.body.innerHTML = '<p>ab<em>cd</em></p>';
    const [block] = collectTextBlocks(document.body);
    expect(positionInBlock(block!, 9, true)).toEqual({ node: block!.nodes[1], offset: 2 });
  });
});

describe('blockKindOf', () => {
  it('tells the headline, headings and body text apart', () => {
    const kind = (tag: string) => blockKindOf(document.createElement(tag));
    expect(kind('h1')).toBe('title');
    expect(['h2', 'h3', 'h4', 'h5', 'h6'].map(kind)).toEqual(Array(5).fill('heading'));
    expect(['p', 'div', 'header', 'h7', 'h22', 'th2', 'li'].map(kind)).toEqual(Array(7).fill('paragraph'));
  });
});

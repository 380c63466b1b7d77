// Collects a page's readable text as blocks (paragraph-like runs of text nodes) and maps offsets
// in a block's text back to DOM positions. Inline elements (<a>, <em>, <span>) do not break a
// block, so a claim split by a link still reads as one sentence. Uses only the DOM objects it is
// given (no globals), so the CLI runs it on a jsdom document too.

// Numeric DOM constants: globals like NodeFilter do not exist in Node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** Elements whose text a reader does not read as prose, or cannot see. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'CODE', 'PRE', 'KBD', 'SAMP', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/** Elements that start a new block of text (everything else is treated as inline). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'BR',
]);

/** Marks ClaimLens's own UI so it is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-claimlens-ui';

export interface TextBlock {
  /** The nearest block-level ancestor of the block's text. */
  container: Element;
  text: string;
  nodes: Text[];
  /** offsets[i] is where nodes[i] starts in `text`. */
  offsets: number[];
}

export function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** The nearest block-level ancestor (or the element itself); inline ancestors do not count. */
export function blockContainerOf(node: Node): Element | null {
  let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (current && current.nodeType === ELEMENT_NODE) {
    if (isBlock(current as Element)) return current as Element;
    current = current.parentNode;
  }
  return current && current.nodeType === ELEMENT_NODE ? (current as Element) : (node.ownerDocument?.documentElement ?? null);
}

/** True when the node sits inside something we never read (script, input, our own UI …). */
export function isInSkippedSubtree(node: Node, stopAt?: Node): boolean {
  for (let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode; current && current !== stopAt; current = current.parentNode) {
    if (current.nodeType === ELEMENT_NODE && isSkippedElement(current as Element)) return true;
  }
  return false;
}

/** Collects the readable text under `root`, one block per run of text between block boundaries. */
export function collectTextBlocks(root: Node): TextBlock[] {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return [];
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  const finish = () => {
    if (current && /\S/.test(current.text)) blocks.push(current);
    current = null;
  };
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element) ? FILTER_REJECT : FILTER_ACCEPT),
  });
  const containerCache = new Map<Node, Element | null>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE) {
      // Entering a block element ends the running block; the text after it starts a new one.
      if (isBlock(node as Element)) finish();
      continue;
    }
    if (node.nodeType !== TEXT_NODE) continue;
    const text = node as Text;
    const parent = text.parentNode;
    if (!parent) continue;
    let container = containerCache.get(parent);
    if (container === undefined) {
      container = blockContainerOf(text);
      containerCache.set(parent, container);
    }
    if (!container) continue;
    if (current && (current as TextBlock).container !== container) finish();
    if (!current) current = { container, text: '', nodes: [], offsets: [] };
    const block: TextBlock = current;
    block.offsets.push(block.text.length);
    block.nodes.push(text);
    block.text += text.data;
  }
  finish();
  return blocks;
}

/** The DOM position of `offset` in the block's text. At a node boundary, `preferEnd` picks the earlier node. */
export function positionInBlock(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number } {
  const { offsets, nodes } = block;
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = offsets[mid]!;
    if (start < offset || (!preferEnd && start === offset)) low = mid;
    else high = mid - 1;
  }
  const node = nodes[low]!;
  return { node, offset: Math.min(offset - offsets[low]!, node.data.length) };
}

/** A live Range over block text [start, end). */
export function rangeInBlock(block: TextBlock, start: number, end: number): Range {
  const doc = block.container.ownerDocument;
  const range = doc.createRange();
  const from = positionInBlock(block, start, false);
  const to = positionInBlock(block, end, true);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Readable text of a whole document, blocks separated by blank lines (used by the CLI). */
export function readableText(root: Node): string {
  return collectTextBlocks(root)
    .map((block) => block.text.replace(/\s+/g, ' ').trim())
    .join('\n\n');
}

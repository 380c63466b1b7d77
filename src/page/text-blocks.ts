// Collects a page's readable text as blocks (paragraph-like runs of text nodes) and maps offsets
// in a block's text back to DOM positions. Inline elements (<a>, <em>, <span>) do not break a
// block, so a claim split by a link still reads as one sentence. Uses only the DOM objects it is
// given (no globals), so the CLI runs it on a jsdom document too.

// Numeric DOM constants: globals like NodeFilter do not exist in Node.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text a reader does not read as prose, or cannot see. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Elements that start a new block of text (everything else is treated as inline). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BR',
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

export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/** The nearest block-level ancestor (or the element itself); inline ancestors do not count. */
export function blockContainerOf(node: Node): Element | null {
  let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
  while (current && current.nodeType === ELEMENT_NODE) {
    if (isBlock(current as Element)) return current as Element;
    current = current.parentNode;
  }
  return current && current.nodeType === ELEMENT_NODE
    ? (current as Element)
    : (node.ownerDocument?.documentElement ?? null);
}

/** True when the node sits inside something we never read (script, input, our own UI …). */
export function isInSkippedSubtree(node: Node, stopAt?: Node): boolean {
  for (
    let current: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
    current && current !== stopAt;
    current = current.parentNode
  ) {
    if (current.nodeType === ELEMENT_NODE && isSkippedElement(current as Element)) return true;
  }
  return false;
}

/**
 * Yields the readable text under `root` block by block, in document order. A hand-written walk
 * (no TreeWalker filter callback, which costs a JS call per node) that tracks the current block
 * container on a stack, so each node costs O(1). Being a generator, a caller can stop between
 * blocks and yield to the page.
 */
export function* walkTextBlocks(root: Node): Generator<TextBlock> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) return;
  if (root.nodeType === ELEMENT_NODE && isSkippedElement(root as Element)) return;
  const rootContainer =
    root.nodeType === ELEMENT_NODE && isBlock(root as Element)
      ? (root as Element)
      : (blockContainerOf(root) ?? doc.documentElement);
  if (!rootContainer) return;
  const containers: Element[] = [rootContainer];
  let current: TextBlock | null = null;

  const take = (): TextBlock | null => {
    const done = current && /\S/.test(current.text) ? current : null;
    current = null;
    return done;
  };
  /** Appends a text node; returns the block it ended, if it started a new one. */
  const addText = (text: Text): TextBlock | null => {
    const container = containers[containers.length - 1]!;
    const finished = current && current.container !== container ? take() : null;
    current ??= { container, text: '', nodes: [], offsets: [] };
    current.offsets.push(current.text.length);
    current.nodes.push(text);
    current.text += text.data;
    return finished;
  };

  if (root.nodeType === TEXT_NODE) {
    addText(root as Text);
    const last = take();
    if (last) yield last;
    return;
  }

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (!isSkippedElement(element)) {
        if (isBlock(element)) {
          const finished = take();
          if (finished) yield finished;
          if (element.firstChild) containers.push(element);
        } else if (element.firstChild) {
          containers.push(containers[containers.length - 1]!);
        }
        descend = !!element.firstChild;
      }
    } else if (node.nodeType === TEXT_NODE) {
      const finished = addText(node as Text);
      if (finished) yield finished;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, or climb until an ancestor has one (never above `root`).
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) containers.pop();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  const last = take();
  if (last) yield last;
}

/** Collects the readable text under `root`, one block per run of text between block boundaries. */
export function collectTextBlocks(root: Node): TextBlock[] {
  return [...walkTextBlocks(root)];
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

/** What a block is to a reader: the headline (h1), a heading (h2–h6) or body text. */
export function blockKindOf(container: Element): 'title' | 'heading' | 'paragraph' {
  const tag = container.tagName.toUpperCase();
  if (tag === 'H1') return 'title';
  return /^H[2-6]$/.test(tag) ? 'heading' : 'paragraph';
}

/** Readable text of a whole document, blocks separated by blank lines (used by the CLI). */
export function readableText(root: Node): string {
  return collectTextBlocks(root)
    .map((block) => block.text.replace(/\s+/g, ' ').trim())
    .join('\n\n');
}

// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { parseClaimList } from '../../../src/claims/parse';
import type { ClaimCardData } from '../../../src/messaging/protocol';
import { ClaimCard } from '../../../src/ui/card/ClaimCard';

const { list } = parseClaimList(bundledList);
const cardData = (id: string): ClaimCardData => {
  const claim = list.claims.find((c) => c.id === id)!;
  return {
    id: claim.id,
    text: claim.text,
    verdict: claim.verdict,
    summary: claim.summary,
    denials: claim.denials,
    context: claim.context,
    listTitle: list.title,
  };
};

function show(claim: ClaimCardData, extra: Partial<Parameters<typeof ClaimCard>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <ClaimCard
      claim={claim}
      stance="asserts"
      why={['netflix', 'private messages', 'sold']}
      takeFocus={false}
      onClose={() => undefined}
      onNotThisClaim={() => undefined}
      {...extra}
    />,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.textContent = '';
});

describe('ClaimCard', () => {
  it('shows the verdict, the denials as quotes with who said them and when, and why it matched', () => {
    const root = show(cardData('meta-sold-messages-to-netflix'));
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')!.id);
    expect(root.querySelector('.verdict')!.textContent).toBe('Denied');
    expect(dialog.className).toContain('tone-refuted');
    const quotes = [...root.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes[0]).toMatch(/^“Shockingly untrue\. Meta didn't share/);
    expect(root.querySelector('figcaption')!.textContent).toBe('— Andy Stone, Meta communications director, 2024');
    expect(root.querySelector('.why')!.textContent).toBe('Matched because: netflix · private messages · sold');
  });

  it('draws its mark sample as the page draws the mark: the verdict colour in text, one thin grey line in a heading', () => {
    const body = show(cardData('meta-sold-messages-to-netflix'), { stance: 'reports' });
    expect(body.querySelector('.swatch')!.className).toBe('swatch tone-refuted');
    document.body.textContent = '';
    const heading = show(cardData('meta-sold-messages-to-netflix'), { stance: 'reports', inHeading: true });
    expect(heading.querySelector('.swatch')!.className).toBe('swatch heading tone-neutral');
    expect(heading.querySelector('[data-testid="stance"]')!.textContent).toBe(
      'This passage reports it as someone’s claim.',
    );
  });

  it('cites a source under every denial and every fact, linking those with a URL', () => {
    const claim = cardData('facebook-partners-read-messages-2018');
    const root = show(claim);
    const blocks = root.querySelectorAll('.denial, .facts li');
    expect(blocks).toHaveLength(claim.denials.length + claim.context.length);
    for (const block of blocks) expect(block.querySelector('.sources')).not.toBeNull();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.source-link')];
    expect(links.map((a) => a.href)).toContain('https://www.nytimes.com/2018/12/18/technology/facebook-privacy.html');
    for (const link of links) expect(link.rel).toBe('noopener noreferrer');
  });

  it('renders a verdict label it does not know, neutrally', () => {
    const root = show({ ...cardData('ftc-5-billion-fine'), verdict: { label: 'Satire' } });
    expect(root.querySelector('.verdict')!.textContent).toBe('Satire');
    expect(root.querySelector('[role="dialog"]')!.className).toContain('tone-neutral');
  });

  it('shows remote text as text, never as markup', () => {
    const root = show({ ...cardData('ftc-5-billion-fine'), summary: '<img src=x onerror=alert(1)>' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.summary')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('closes on Escape and reports "not this claim"', () => {
    const onClose = vi.fn();
    const onNotThisClaim = vi.fn();
    const root = show(cardData('ftc-5-billion-fine'), { onClose, onNotThisClaim });
    root
      .querySelector('[role="dialog"]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledOnce();
    root.querySelector<HTMLButtonElement>('.not-this')!.click();
    expect(onNotThisClaim).toHaveBeenCalledOnce();
  });
});

describe('ClaimCard with two claims in one passage', () => {
  it('offers the other claim and switches to it', () => {
    const onSwitch = vi.fn();
    const root = show(cardData('meta-sold-messages-to-netflix'), {
      alsoInPassage: [
        {
          id: 'netflix-data-for-ad-spend',
          text: 'Netflix got Facebook user data…',
          verdict: 'Alleged in court filing',
        },
      ],
      onSwitch,
    });
    const other = root.querySelector<HTMLButtonElement>('.also-claim')!;
    expect(other.textContent).toContain('Alleged in court filing');
    other.click();
    expect(onSwitch).toHaveBeenCalledWith('netflix-data-for-ad-spend');
  });
});

describe('ClaimCard leads with the answer', () => {
  it('opens with the verdict and what this passage does, then the summary; the rest behind counted disclosures', () => {
    const root = show(cardData('meta-sold-messages-to-netflix'), { stance: 'denies' });
    const dialog = root.querySelector('[role="dialog"]')!;
    expect([...dialog.children].slice(0, 3).map((child) => child.className)).toEqual([
      'card-header',
      'summary',
      'claim',
    ]);
    expect(root.querySelector('[data-testid="stance"]')!.textContent).toBe('This passage denies or debunks it.');
    expect(root.querySelector('[data-testid="denials"] summary')!.textContent).toBe('Denials (2)');
    expect(root.querySelector('[data-testid="context"] summary')!.textContent).toMatch(
      /^Context and sources \(\d+ facts?, \d+ sources?\)$/,
    );
    for (const details of root.querySelectorAll('details')) expect(details.open).toBe(false);
    expect(root.querySelector('.brand')).toBeNull();
  });

  it('says how many claims share the passage, at the top', () => {
    const root = show(cardData('meta-sold-messages-to-netflix'), {
      alsoInPassage: [{ id: 'ftc-5-billion-fine', text: 'FTC fine', verdict: 'Accurate' }],
    });
    const first = root.querySelector('[role="dialog"]')!.firstElementChild!;
    expect(first.getAttribute('data-testid')).toBe('claims-here');
    expect(first.querySelector('.also-count')!.textContent).toBe('2 claims here');
  });
});

describe('ClaimCard links', () => {
  const withSource = (url: string) => {
    const claim = cardData('ftc-5-billion-fine');
    return { ...claim, context: [{ text: 'A fact.', sources: [{ publisher: 'Paper', url }] }] };
  };

  it('links only https sources; an http address is shown as text', () => {
    const secure = show(withSource('https://paper.example/a'));
    expect(secure.querySelector<HTMLAnchorElement>('a.source-link')!.href).toBe('https://paper.example/a');
    document.body.textContent = '';
    const plain = show(withSource('http://paper.example/a'));
    expect(plain.querySelector('a.source-link')).toBeNull();
    expect(plain.querySelector('.source-text')!.textContent).toBe('Paper http://paper.example/a');
  });

  it("offers 'report to the list's publisher' only when the list gives an https or mailto contact", () => {
    const claim = cardData('ftc-5-billion-fine');
    expect(show(claim).querySelector('[data-testid="report"]')).toBeNull();
    const mail = show({ ...claim, listContact: 'mailto:desk@paper.example' });
    expect(mail.querySelector<HTMLAnchorElement>('[data-testid="report"]')!.href).toBe('mailto:desk@paper.example');
    const script = show({ ...claim, listContact: 'javascript:alert(1)' });
    expect(script.querySelector('[data-testid="report"]')).toBeNull();
  });
});

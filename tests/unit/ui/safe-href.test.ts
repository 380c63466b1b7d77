// Which addresses from a list become links in the card and the options page: https: only, and a
// list's mailto: contact where asked; every other scheme, and what is not an address, stays text.
import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/ui/safe-href';

describe('safeHref', () => {
  it('links https: addresses as given', () => {
    expect(safeHref('https://facts.example/a?b#c')).toBe('https://facts.example/a?b#c');
    expect(safeHref('HTTPS://facts.example/')).toBe('HTTPS://facts.example/');
  });

  it('never links http:, javascript:, data: or a relative address', () => {
    for (const url of ['http://facts.example/', 'javascript:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'x'])
      expect(safeHref(url), url).toBeNull();
    expect(safeHref(undefined)).toBeNull();
    expect(safeHref('')).toBeNull();
  });

  it('links mailto: only where a list contact may be mail', () => {
    expect(safeHref('mailto:desk@facts.example')).toBeNull();
    expect(safeHref('mailto:desk@facts.example', true)).toBe('mailto:desk@facts.example');
    expect(safeHref('javascript:alert(1)', true)).toBeNull();
    expect(safeHref('https://facts.example/report', true)).toBe('https://facts.example/report');
  });
});

// A list's optional `contact` travels from its header to the card ("Report to the list's publisher").
import { describe, expect, it } from 'vitest';
import bundledList from '../../../assets/claims/bundled-list.json';
import { mergeClaimLists } from '../../../src/claims/merge';
import { parseClaimList } from '../../../src/claims/parse';
import { toCardData } from '../../../src/db/active-claims';
import { storedVersion } from '../../../src/db/lists';

const withContact = (contact: unknown) => ({ ...structuredClone(bundledList), contact });

describe("a list's contact", () => {
  it('is kept on the stored row and reaches the card data of its claims', () => {
    const parsed = parseClaimList(withContact('mailto:desk@factdesk.example'), { strict: true });
    const { claims, fields } = storedVersion(parsed, 'desk');
    expect(fields.contact).toBe('mailto:desk@factdesk.example');
    const {
      claims: [merged],
    } = mergeClaimLists([{ listId: 'desk', kind: 'subscription', title: 'Desk', contact: fields.contact, claims }]);
    expect(toCardData(merged!).listContact).toBe('mailto:desk@factdesk.example');
  });

  it('is optional, and refused when it is not an https: or mailto: address', () => {
    const {
      claims: [merged],
    } = mergeClaimLists([
      { listId: 'b', kind: 'bundled', title: 'B', claims: storedVersion(parseClaimList(bundledList), 'b').claims },
    ]);
    expect(toCardData(merged!)).not.toHaveProperty('listContact');
    expect(() => parseClaimList(withContact('http://factdesk.example/report'), { strict: true })).toThrow(
      /contact.*https: or mailto:/s,
    );
  });
});

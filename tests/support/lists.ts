// Claim lists for tests, built from the bundled list so every claim is realistic.
import bundledList from '../../assets/claims/bundled-list.json';

export type ListDocument = Omit<typeof bundledList, 'claims'> & { expires?: string; claims: unknown[] };

/** A subscribed list: the bundled claims under another id, with the header fields overridden. */
export function publishedList(overrides: Partial<ListDocument> = {}): ListDocument {
  return {
    ...structuredClone(bundledList),
    id: 'fact-desk',
    title: 'Fact Desk list',
    publisher: 'Fact Desk',
    version: 1,
    published: '2026-01-01T00:00:00Z',
    ...overrides,
  } as ListDocument;
}

/** A claim no other list has, that the matcher finds in "The moon is made of green cheese". */
export function moonClaim(id = 'moon-green-cheese') {
  return {
    id,
    text: 'The moon is made of green cheese.',
    verdict: { label: 'False' },
    summary: 'Lunar samples are rock: basalt and anorthosite.',
    context: [
      {
        text: 'Apollo missions returned 382 kg of lunar rock.',
        sources: [{ publisher: 'NASA', url: 'https://www.nasa.gov/' }],
      },
    ],
    match: { concepts: { moon: ['moon'], cheese: ['cheese', 'cheeses'] }, all: [['moon'], ['cheese']] },
  };
}

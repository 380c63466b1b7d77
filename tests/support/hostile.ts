// Hostile inputs the team keeps: names that are members of Object.prototype. Each is a valid word,
// concept name and (where it is a slug) claim id, and must cost nothing but itself.
export const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
] as const;

/** The ones that are valid claim ids (lower-case slugs). */
export const PROTOTYPE_IDS = ['constructor', 'prototype'] as const;

/** A sentence that uses every name as a word. */
export const PROTOTYPE_SENTENCE = `The ${PROTOTYPE_NAMES.join(' and ')} were all mentioned.`;

/** A claim (as it arrives in JSON) whose concepts, groups, vetoes and carried parties are all named after Object.prototype members. */
export function prototypeNamedClaim(id: string, words: readonly [string, string]) {
  return {
    id,
    text: `${words[0]} ${words[1]}`,
    verdict: { label: 'False' },
    summary: 'A test claim.',
    context: [{ text: 'A fact.', sources: [{ publisher: 'Test' }] }],
    match: {
      concepts: {
        constructor: [words[0]],
        // A computed key: a plain `__proto__:` in a literal would set the prototype instead.
        ['__proto__']: [words[1]],
        toString: ['never-in-any-page-xyzzy'],
        valueOf: ['never-in-any-page-plugh'],
      },
      all: [['constructor'], ['__proto__']],
      none: ['toString'],
      benign: ['valueOf'],
      carry: ['constructor'],
    },
  };
}

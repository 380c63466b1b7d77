// The card's "asserts / reports / denies", cue by cue, on one small claim ("Meta sold data"): each
// denial cue denies, each reporting cue reports, each negator shortly before the claim's words denies
// ("not only" does not), a question reports, and a cue inside the claim's own multi-word term is part
// of the claim, not a cue. What a reader sees: the stance on the card.
import { describe, expect, it } from 'vitest';
import { compileMatcher, matchText, type MatchableClaim } from '../../../src/match';

const metaSold: MatchableClaim = {
  id: 'meta-sold',
  match: {
    concepts: { meta: ['meta'], sold: ['sold', 'sell'], data: ['data'] },
    all: [['meta'], ['sold'], ['data']],
    none: [],
    overrides: [],
  },
};
const matcher = compileMatcher([metaSold]);
const stanceIn = (text: string) => matchText(matcher, text).map((m) => m.stance);

// src/match/stance.ts DENIAL_CUES, a `*` cue by words it must catch.
const DENIAL_CUES = [
  'deny',
  'denies',
  'denied',
  'denying',
  'denial',
  'untrue',
  'not true',
  'false',
  'falsely',
  'refuted',
  'refutes',
  'rebutted',
  'rebuttal',
  'debunked',
  'debunking',
  'at no time',
  'at no point',
  'no evidence',
  'baseless',
  'hoax',
  'myth',
  'misleading',
  'misinformation',
  'disinformation',
  'push back',
  'pushed back',
  'pushing back',
  'dismissed',
  'rejected',
  'rejects',
  'disputed',
  'disputes',
  'inaccurate',
  'incorrect',
  'fact check false',
  'never happened',
  'nothing of the sort',
  'categorically',
  'no proof',
  'no document',
  'no documents',
  'nothing in the',
  'no sign',
  'no indication',
  'no record',
  'no basis',
  'no room for',
  'not the case',
  'did not happen',
  "didn't happen",
  'unfounded',
  'fabricated',
  'fabrication',
  'bogus',
  'overstated',
  'exaggerated',
  'exaggeration',
  'meritless',
  'without merit',
  'nonsense',
  'slams claim',
  'slams claims',
  'slams report',
  'slams reports',
  'slammed claims',
  'slammed reports',
  'nixes claim',
  'nixes claims',
  'nixes report',
  'hits back',
  'hit back',
  'shoots down',
  'shot down',
];

// REPORT_CUES.
const REPORT_CUES = [
  'alleged',
  'allegedly',
  'reportedly',
  'report',
  'reports',
  'reported',
  'according to',
  'accused',
  'accusation',
  'claim',
  'claims',
  'claimed',
  'claiming',
  'said',
  'says',
  'say',
  'told',
  'wrote',
  'stated',
  'stating',
  'suggested that',
  'suggests that',
  'suggesting that',
  'suggested in',
  'purportedly',
  'per the',
  'as detailed',
  'detailed in',
  'records show',
  'documents show',
  'filing shows',
  'records showed',
  'documents showed',
  'the times found',
  'acknowledged',
  'added that',
  'noted that',
  'citing',
  'court papers',
  'unsealed',
  'posts on x',
  'supposedly',
  'apparently',
  'rumored',
  'rumoured',
  'viral',
  'court docs',
  'court documents',
  'court records',
  'court filing',
  'plaintiffs',
  'explained',
  'the documents',
  'as per',
  'investigation',
  'described',
  'so called',
  'insists',
  'insisted',
  'contends',
  'argues',
  'argued',
  'the finding is',
  'the version was',
  'everyone is convinced',
  'by their account',
  'by its account',
  'I read',
  'in the filing',
  'the filing puts it so',
  'the theory',
];

const NEGATORS = [
  'not',
  'no',
  'never',
  'nor',
  'none',
  'nobody',
  'neither',
  'cannot',
  "didn't",
  "doesn't",
  "don't",
  "couldn't",
  "can't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "hadn't",
  "won't",
  "wouldn't",
  "isn't",
  "aren't",
  "shouldn't",
  'nothing',
];

describe('stance cues', () => {
  it('asserts the claim stated plainly (the baseline)', () => {
    expect(stanceIn('Meta sold the data.')).toEqual(['asserts']);
  });

  it.each(DENIAL_CUES)('denies with "%s" anywhere in the sentence', (cue) => {
    expect(stanceIn(`Meta sold the data, ${cue}.`)).toEqual(['denies']);
    expect(stanceIn(`${cue.toUpperCase()}: Meta sold the data.`)).toEqual(['denies']);
  });

  it.each(REPORT_CUES)('reports with "%s" anywhere in the sentence', (cue) => {
    expect(stanceIn(`Meta sold the data, ${cue}.`)).toEqual(['reports']);
    expect(stanceIn(`${cue}: Meta sold the data.`)).toEqual(['reports']);
  });

  it('denies over reporting: "Meta denied reports that …"', () => {
    expect(stanceIn('Meta denied reports that it sold the data.')).toEqual(['denies']);
  });

  it('needs the whole phrase, in order, inside the sentence', () => {
    expect(stanceIn('Critics suggested Meta sold the data.')).toEqual(['asserts']);
    expect(stanceIn('Meta sold the data, critics suggested')).toEqual(['asserts']);
    expect(stanceIn('Meta sold the data, critics suggested that')).toEqual(['reports']);
    expect(stanceIn('Meta sold the data, a push.')).toEqual(['asserts']);
    expect(stanceIn('Meta sold the data, back push.')).toEqual(['asserts']);
    expect(stanceIn('Meta sold the data, hits.')).toEqual(['asserts']);
    expect(stanceIn('Meta sold the data, fact check.')).toEqual(['asserts']);
  });
});

describe('negators', () => {
  it.each(NEGATORS)('denies with "%s" just before the claim’s words', (negator) => {
    expect(stanceIn(`Meta ${negator} sell the data.`)).toEqual(['denies']);
  });

  it('reads a negator up to four words before a matched term, not five', () => {
    expect(stanceIn('Meta never in those years sold the data.')).toEqual(['denies']);
    expect(stanceIn('Meta never in all those years sold the data.')).toEqual(['asserts']);
  });

  it('reads a negator after the claim’s words as nothing, and "not only" as no denial', () => {
    expect(stanceIn('Meta sold the data, not the code.')).toEqual(['asserts']);
    expect(stanceIn('Meta not only sold the data.')).toEqual(['asserts']);
    expect(stanceIn('Meta only not sold the data.')).toEqual(['denies']);
  });

  it('compares the whole word: "non" and "nothingness" are no negators', () => {
    expect(stanceIn('Meta non sold the data.')).toEqual(['asserts']);
  });
});

describe('questions and the claim’s own words', () => {
  it('reports a question', () => {
    expect(stanceIn('Did Meta sell the data?')).toEqual(['reports']);
  });

  it('reads a cue inside the claim’s own multi-word term as part of the claim', () => {
    const hoax: MatchableClaim = {
      id: 'hoax-email',
      match: {
        concepts: { meta: ['meta'], sent: ['sent'], hoax: ['hoax email', 'written report'] },
        all: [['meta'], ['sent'], ['hoax']],
        none: [],
        overrides: [],
      },
    };
    const m = compileMatcher([hoax]);
    expect(matchText(m, 'Meta sent a hoax email.').map((x) => x.stance)).toEqual(['asserts']);
    expect(matchText(m, 'Meta sent a written report.').map((x) => x.stance)).toEqual(['asserts']);
    // Outside the term the same word is a cue again.
    expect(matchText(m, 'Meta sent a hoax email, a hoax.').map((x) => x.stance)).toEqual(['denies']);
    expect(matchText(m, 'Meta sent a written report, a report.').map((x) => x.stance)).toEqual(['reports']);
  });

  it('reports what a source named in the claim reported "that …", and asserts it without "that"', () => {
    const times: MatchableClaim = {
      id: 'times-netflix',
      match: {
        concepts: { times: ['the times reported'], netflix: ['netflix'], read: ['read'] },
        all: [['times'], ['netflix'], ['read']],
        none: [],
        overrides: [],
      },
    };
    const m = compileMatcher([times]);
    expect(matchText(m, 'The Times reported that Netflix could read.').map((x) => x.stance)).toEqual(['reports']);
    expect(matchText(m, 'The Times reported Netflix could read.').map((x) => x.stance)).toEqual(['asserts']);
  });
});

describe('cues around the claim’s own terms', () => {
  const claimWith = (thing: string[]): MatchableClaim => ({
    id: 'meta-sent',
    match: {
      concepts: { meta: ['meta'], sent: ['sent'], thing },
      all: [['meta'], ['sent'], ['thing']],
      none: [],
      overrides: [],
    },
  });
  const stancesWith = (thing: string[], text: string) =>
    matchText(compileMatcher([claimWith(thing)]), text).map((m) => m.stance);

  it('reads a cue that is a one-word term as a cue: only phrases shield their words', () => {
    expect(stancesWith(['report'], 'Meta sent the report.')).toEqual(['reports']);
    expect(stancesWith(['hoax'], 'Meta sent a hoax.')).toEqual(['denies']);
  });

  it('shields only the words of the term, not the words before it', () => {
    expect(stancesWith(['hoax email'], 'Critics say Meta sent a hoax email.')).toEqual(['reports']);
    expect(stancesWith(['hoax email'], 'Meta denied it sent a hoax email.')).toEqual(['denies']);
  });

  it('reads "that" after a term as reporting only when the term ends in a reporting verb', () => {
    expect(stancesWith(['private data'], 'Meta sent the private data that it held.')).toEqual(['asserts']);
  });

  it('reads a term that starts with a negator as the claim, not as a negation of it', () => {
    expect(stancesWith(['no fee'], 'Meta sent it for no fee.')).toEqual(['asserts']);
  });

  it('shields a term however far into a long sentence it stands', () => {
    const filler = Array.from({ length: 70 }, () => 'and').join(' ');
    expect(stancesWith(['hoax email'], `Meta sent, ${filler}, a hoax email.`)).toEqual(['asserts']);
  });
});

describe('one sentence’s cues stay in that sentence', () => {
  it('reads no cue from the sentence before, wherever its words were', () => {
    expect(stanceIn('Meta sold the data, denied. Meta sold the data.')).toEqual(['denies', 'asserts']);
    expect(stanceIn('Meta sold the data they suggested that. Meta sold the data they suggested.')).toEqual([
      'reports',
      'asserts',
    ]);
  });
});

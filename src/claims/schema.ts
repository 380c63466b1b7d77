// The claim list format: one JSON document per list. Fields map to schema.org ClaimReview
// (see claim-review.ts): text → claimReviewed, verdict.label → reviewRating.alternateName,
// sources → itemReviewed.appearance / citation.
import * as v from 'valibot';
import { nameRecord } from './name-record';

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

/** Dates are what the source gives: a year, a month or a day, never made more precise. */
export const PartialDateSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

const HttpUrlSchema = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be http(s)'));

export const SourceSchema = v.object({
  publisher: nonEmpty,
  title: v.optional(nonEmpty),
  author: v.optional(nonEmpty),
  date: v.optional(PartialDateSchema),
  url: v.optional(HttpUrlSchema),
});

/** A fact shown to the reader; every fact cites at least one source. */
export const FactSchema = v.object({
  text: nonEmpty,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every fact needs a source')),
});

/** A denial or rebuttal by a party to the claim. `verbatim` quotes are shown in quotation marks. */
export const DenialSchema = v.object({
  by: nonEmpty,
  speaker: v.optional(nonEmpty),
  role: v.optional(nonEmpty),
  date: v.optional(PartialDateSchema),
  text: nonEmpty,
  verbatim: v.boolean(),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'every denial needs a source')),
});

/**
 * How the matcher recognises the claim, as data. `concepts` maps a concept name to its terms
 * (words or phrases, lower case; a trailing `*` matches any ending). `all` lists concept groups
 * that must all occur in one sentence; each group is satisfied by any of its concepts.
 * `none` vetoes the match. Concept names may refer to the list's shared `lexicon`.
 */
/** A concept's terms; the cap keeps one list from filling the reader's memory (see MAX_TERMS_PER_LIST in parse.ts). */
export const MAX_TERMS_PER_CONCEPT = 1000;
const TermsSchema = v.pipe(
  v.array(nonEmpty),
  v.maxLength(MAX_TERMS_PER_CONCEPT, `at most ${MAX_TERMS_PER_CONCEPT} terms per concept`),
);
/** Concept name → terms. Any name is allowed, `constructor` and `__proto__` included (see name-record.ts). */
const ConceptsSchema = nameRecord(nonEmpty, TermsSchema);

export const MatchSpecSchema = v.object({
  concepts: v.optional(ConceptsSchema, () => Object.create(null) as Record<string, string[]>),
  all: v.pipe(v.array(v.pipe(v.array(nonEmpty), v.minLength(1))), v.minLength(1, 'needs at least one concept group')),
  none: v.optional(v.array(nonEmpty), []),
  /**
   * Concepts naming the harmless thing the claim distorts ("message their friends" for the Netflix
   * feature): like `none` they veto a sentence, except one that denies the claim outright ("Meta
   * denies sharing messages, saying the feature let people message their friends").
   */
  benign: v.optional(v.array(nonEmpty)),
  /** Claims this one is more specific than: when both match one sentence, this one wins. */
  overrides: v.optional(v.array(nonEmpty), []),
  /**
   * Other ways of stating the claim, each read like `all` (groups that must all occur in one
   * sentence). A sentence matches when it satisfies `all` or any one of these.
   */
  alternatives: v.optional(v.array(v.pipe(v.array(v.pipe(v.array(nonEmpty), v.minLength(1))), v.minLength(1)))),
  /**
   * Clause-like scope: in a pattern that uses both concepts, some term of one must be at most
   * `words` words away from some term of the other ("sold … messages", not "shared memes … in chats").
   */
  near: v.optional(
    v.array(
      v.object({ concepts: v.tuple([nonEmpty, nonEmpty]), words: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    ),
  ),
  /**
   * Concepts (usually the parties, "facebook", "netflix") that may be named in one of the two
   * previous sentences of the same paragraph instead of this one: "The two companies were given the
   * ability to read users' private messages." A sentence matched that way still needs two concept
   * groups of its own, and a word that refers back ("they", "the company") when it borrows two.
   */
  carry: v.optional(v.array(nonEmpty)),
  /**
   * Role words per party (a concept name, usually one in `carry`): how an article refers back to it
   * once it has named it ("the streamer", "the firm", "the executive"). In a document, a sentence
   * with a role word names that party when an earlier block (the headline, a heading, a recent
   * paragraph) named it.
   */
  roles: v.optional(v.record(nonEmpty, v.array(nonEmpty))),
  /**
   * The story the claim comes from, for routing between sibling claims (`overrides`): its years and
   * its sources (the report, the case). When a sibling matches a sentence in a document that names
   * this claim's story and not the sibling's, the sentence is read as this claim.
   */
  /**
   * The claim is established fact (accurate context): a sentence that states it asserts it, even
   * when it attributes it to someone, unless it rejects it outright.
   */
  settled: v.optional(v.boolean()),
  story: v.optional(
    v.object({
      years: v.optional(v.array(v.pipe(v.string(), v.regex(/^\d{4}$/, 'must be a year like "2018"')))),
      sources: v.optional(v.array(nonEmpty)),
    }),
  ),
});

/**
 * Sentences a list maintainer writes to pin down what the claim is: each `match` sentence must be
 * found as this claim, no `nomatch` sentence may be (`claimlens list test`). The claim compiler
 * also reads them when the claim has no hand-written `match`.
 */
export const ExamplesSchema = v.object({
  match: v.optional(v.array(nonEmpty), []),
  nomatch: v.optional(v.array(nonEmpty), []),
});

export const ClaimIdSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "meta-sold-messages-to-netflix"'),
);

/**
 * Where a claim came from when it was imported from a schema.org ClaimReview (claim-review.ts),
 * kept so the claim can be exported again without loss.
 */
export const ReviewOriginSchema = v.object({
  /** The fact-check article (ClaimReview.url). */
  url: v.optional(HttpUrlSchema),
  /** The fact-checker (ClaimReview.author.name). */
  author: nonEmpty,
  datePublished: v.optional(PartialDateSchema),
  /** Who made the claim (itemReviewed.author.name) and when (itemReviewed.datePublished). */
  claimant: v.optional(nonEmpty),
  claimDate: v.optional(PartialDateSchema),
  /** Where the claim appeared (itemReviewed.appearance[].url). */
  appearances: v.optional(v.array(HttpUrlSchema), []),
  /** The fact-check's own title (ClaimReview.headline or name): another wording of the claim. */
  headline: v.optional(nonEmpty),
  /** ClaimReview.name when the review also has a headline worded otherwise: one more wording. */
  name: v.optional(nonEmpty),
  /** Titles of the places the claim appeared (itemReviewed.appearance[].headline): more wordings. */
  appearanceHeadlines: v.optional(v.array(nonEmpty)),
});

export const ClaimSchema = v.object({
  id: ClaimIdSchema,
  text: nonEmpty,
  verdict: v.object({ label: nonEmpty }),
  summary: nonEmpty,
  denials: v.optional(v.array(DenialSchema), []),
  context: v.pipe(v.array(FactSchema), v.minLength(1, 'every claim needs context')),
  /** Hand-written match data. Optional: a claim without it is compiled from its text (src/claim-compiler). */
  match: v.optional(MatchSpecSchema),
  /** Other names of the claim's people and organisations ("Meta" for "Facebook", "the 44th president"). */
  aliases: v.optional(v.array(nonEmpty)),
  examples: v.optional(ExamplesSchema),
  review: v.optional(ReviewOriginSchema),
});

export const ListHeaderSchema = v.object({
  format: v.literal('claimlens-list/1'),
  id: ClaimIdSchema,
  title: nonEmpty,
  publisher: nonEmpty,
  homepage: v.optional(HttpUrlSchema),
  /** Where readers report a wrong match or verdict ("Report to the list's publisher"): https: or mailto:. */
  contact: v.optional(
    v.pipe(
      v.string(),
      v.url('must be a URL'),
      v.regex(/^(https:\/\/|mailto:)/i, 'must be an https: or mailto: address'),
    ),
  ),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  published: v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp')),
  expires: v.optional(v.pipe(v.string(), v.isoTimestamp('must be an ISO timestamp'))),
  /** Concepts shared by the list's claims, e.g. every way to name Facebook. */
  lexicon: v.optional(ConceptsSchema, () => Object.create(null) as Record<string, string[]>),
});

export const ClaimListSchema = v.object({
  ...ListHeaderSchema.entries,
  claims: v.array(ClaimSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Denial = v.InferOutput<typeof DenialSchema>;
export type Examples = v.InferOutput<typeof ExamplesSchema>;
export type MatchSpec = v.InferOutput<typeof MatchSpecSchema>;
export type ReviewOrigin = v.InferOutput<typeof ReviewOriginSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ClaimList = v.InferOutput<typeof ClaimListSchema>;
export type ListHeader = v.InferOutput<typeof ListHeaderSchema>;

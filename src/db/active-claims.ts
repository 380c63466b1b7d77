// The claims in force (all lists merged by precedence) and their compiled matcher, kept in the
// background's memory and rebuilt only when a list changes or one in use expires. Each list's
// lexicon is resolved into its claims here, once per list: a concept every claim names is the same
// array for all of them, so the matcher compiles it once.
import { readyToMatch } from '../claim-check';
import { mergeClaimLists, type ClaimIdConflict, type MergedClaim } from '../claims/merge';
import { resolveClaim } from '../claims/parse';
import {
  compileMatcher,
  createDocumentContext,
  matchBlock,
  matchText,
  TopicTally,
  topicsOf,
  type DocumentContext,
} from '../match';
import type { BlockKind, BlockMatch, ClaimCardData, DatabaseSummary, PageTopic } from '../messaging/protocol';
import type { ClaimLensDatabase, StoredList } from './database';
import { readAllClaims } from './lists';

type Matcher = ReturnType<typeof compileMatcher>;

/** Documents whose context is kept (a tab's page load each); the least recently used goes first. */
const KEPT_DOCUMENTS = 64;

interface OpenDocument {
  context: DocumentContext;
  topics: TopicTally;
  highlighted: Set<string>;
}

interface ActiveClaims {
  byId: Map<string, MergedClaim>;
  matcher: Matcher;
  summary: DatabaseSummary;
  conflicts: ClaimIdConflict[];
  overriddenByUser: ClaimIdConflict[];
  /** The matcher must be rebuilt at this time: a list in use expires then. */
  validUntil: number;
}

/** A list past its `expires` is out of use, whether or not its server could be reached since. */
export function isExpired(list: Pick<StoredList, 'expires'>, now: number): boolean {
  return !!list.expires && Date.parse(list.expires) <= now;
}

export function toCardData(claim: MergedClaim): ClaimCardData {
  return {
    id: claim.id,
    text: claim.text,
    verdict: claim.verdict,
    summary: claim.summary,
    denials: claim.denials,
    context: claim.context,
    listTitle: claim.listTitle,
    ...(claim.listContact && { listContact: claim.listContact }),
  };
}

export function createActiveClaims(db: ClaimLensDatabase, now: () => number = Date.now) {
  let current: Promise<ActiveClaims> | null = null;
  /**
   * "tab:document" → what the document has shown so far: its reading context, the terms it named
   * (for the topics tier) and the claims it highlights. A Map keeps insertion order, so
   * re-inserting marks a document recent.
   */
  const documents = new Map<string, OpenDocument>();

  function openDocument(key: string): OpenDocument {
    let document = documents.get(key);
    if (document) documents.delete(key);
    else document = { context: createDocumentContext(), topics: new TopicTally(), highlighted: new Set() };
    documents.set(key, document);
    if (documents.size > KEPT_DOCUMENTS) documents.delete(documents.keys().next().value!);
    return document;
  }

  async function load(): Promise<ActiveClaims> {
    const { lists, claims, lexicons } = await readAllClaims(db);
    const at = now();
    const inUse = lists.filter((list) => !list.paused && !isExpired(list, at));
    const lexiconOf = new Map(lexicons.map((row) => [row.listId, row.concepts]));
    const byList = new Map<string, typeof claims>();
    for (const claim of claims) {
      const bucket = byList.get(claim.listId);
      if (bucket) bucket.push(claim);
      else byList.set(claim.listId, [claim]);
    }
    const {
      claims: merged,
      conflicts,
      overriddenByUser,
    } = mergeClaimLists(
      inUse.map((list) => {
        const header = { lexicon: lexiconOf.get(list.id) ?? (Object.create(null) as Record<string, string[]>) };
        return {
          listId: list.id,
          kind: list.kind,
          title: list.title,
          contact: list.contact,
          order: list.subscribedAt,
          // Claims without hand-written match data use what was compiled when their list was stored.
          claims: (byList.get(list.id) ?? []).map((claim) =>
            claim.match || !claim.compiledMatch
              ? resolveClaim(claim, header)
              : { ...claim, match: claim.compiledMatch },
          ),
        };
      }),
    );
    const expiries = inUse.flatMap((list) => (list.expires ? [Date.parse(list.expires)] : []));
    return {
      byId: new Map(merged.map((claim) => [claim.id, claim])),
      // A row stored without compiled data (or whose compile failed) is compiled now or skipped.
      matcher: compileMatcher(readyToMatch(merged).claims),
      conflicts,
      overriddenByUser,
      validUntil: Math.min(Infinity, ...expiries),
      summary: {
        claimCount: merged.length,
        lists: lists.map((list) => ({
          id: list.id,
          title: list.title,
          kind: list.kind,
          claimCount: list.claimCount,
          version: list.version,
        })),
      },
    };
  }

  async function get(): Promise<ActiveClaims> {
    current ??= load().catch((error: unknown) => {
      current = null;
      throw error;
    });
    const active = await current;
    if (now() < active.validUntil) return active;
    current = null;
    return get();
  }

  return {
    /** Forget the cache; the next request reloads from the database. */
    invalidate(): void {
      current = null;
    },
    async summary(): Promise<DatabaseSummary> {
      return (await get()).summary;
    },
    /** Claims not used because another list holds their id, and those the user's own claims replace. */
    async idConflicts(): Promise<{ conflicts: ClaimIdConflict[]; overriddenByUser: ClaimIdConflict[] }> {
      const { conflicts, overriddenByUser } = await get();
      return { conflicts, overriddenByUser };
    },
    /**
     * The matches of each block. With a document key ("tab:document"), blocks are read in that
     * document's context, in the order they arrive (a page sends its blocks in reading order).
     */
    async matchBlocks(
      texts: readonly string[],
      kinds?: readonly BlockKind[],
      documentKey?: string | null,
    ): Promise<{ matches: BlockMatch[][]; claims: Record<string, ClaimCardData> }> {
      const active = await get();
      // Keyed by claim ids from lists: no prototype, so an id like "constructor" is an id like any other.
      const claims = Object.create(null) as Record<string, ClaimCardData>;
      const document = documentKey ? openDocument(documentKey) : null;
      const matches = texts.map((text, i) => {
        const found = document
          ? matchBlock(active.matcher, document.context, text, kinds?.[i] ?? 'paragraph')
          : matchText(active.matcher, text);
        // Right after the block's scan: the tally reads the hits that scan left (see match/topics.ts).
        document?.topics.noteBlock();
        return found.map(({ claimId, start, end, score, stance, why }) => {
          const claim = active.byId.get(claimId);
          if (claim && !Object.hasOwn(claims, claimId)) claims[claimId] = toCardData(claim);
          document?.highlighted.add(claimId);
          return { claimId, start, end, score, stance, why };
        });
      });
      return { matches, claims };
    },
    /**
     * Fact-checks on topics the document covers without a sentence that states them (the popup's
     * second tier): at most five, best first; none for a document never read or on another subject.
     */
    async topics(documentKey: string): Promise<PageTopic[]> {
      const active = await get();
      const document = documents.get(documentKey);
      if (!document) return [];
      return topicsOf(active.matcher, document.topics, document.highlighted).flatMap((topic) => {
        const claim = active.byId.get(topic.claimId);
        return claim
          ? [{ claimId: claim.id, text: claim.text, verdict: claim.verdict.label, listTitle: claim.listTitle }]
          : [];
      });
    },
  };
}

export type ActiveClaimsService = ReturnType<typeof createActiveClaims>;

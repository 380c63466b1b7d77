// The claims in force (all lists merged by precedence) and their compiled matcher, kept in the
// background's memory and rebuilt only when a list changes or one in use expires. Each list's
// lexicon is resolved into its claims here, once per list: a concept every claim names is the same
// array for all of them, so the matcher compiles it once. A woken worker loads the matcher stored for
// the lists in force (compiled-matcher-store.ts) and reads a claim only when a page matches it.
import { readyToMatch } from '../claim-check';
import { SHARED_CONCEPTS } from '../claim-compiler/shared-concepts';
import { mergeClaimLists, type ClaimIdConflict, type MergedClaim } from '../claims/merge';
import { resolveClaim } from '../claims/parse';
import {
  compileMatcher,
  createDocumentContext,
  expectBlocks,
  matchBlock,
  matchText,
  TopicTally,
  topicsOf,
  type DocumentContext,
} from '../match';
import type { BlockKind, BlockMatch, ClaimCardData, DatabaseSummary, PageTopic } from '../messaging/protocol';
import { engineId, loadStoredMatcher, saveStoredMatcher, storedMatcherKey } from './compiled-matcher-store';
import type { ClaimLensDatabase, StoredList } from './database';
import { readAllClaims } from './lists';

type Matcher = ReturnType<typeof compileMatcher>;

/** Documents whose context is kept (a tab's page load each); the least recently used goes first. */
const KEPT_DOCUMENTS = 64;

/** What one document (a tab's page load) has shown so far. */
interface OpenDocument {
  /** Its reading context: headline, headings, what earlier blocks named. */
  context: DocumentContext;
  /** The terms it named, for the topics tier (see match/topics.ts). */
  topics: TopicTally;
  /** The claims it highlights: never listed again as a topic. */
  highlighted: Set<string>;
}

interface ActiveClaims {
  /** The cards of these claims (those the database still holds), keyed without a prototype. */
  cards: (claimIds: readonly string[]) => Promise<Record<string, ClaimCardData>>;
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

/** A list's lexicon behind the compiler's shared concepts, for its compiled claims (no prototype). */
function besideLexicon(lexicon: Readonly<Record<string, string[]>>): Record<string, string[]> {
  const table = Object.create(null) as Record<string, string[]>;
  for (const name of Object.keys(lexicon)) table[name] = lexicon[name]!;
  for (const name of Object.keys(SHARED_CONCEPTS)) table[name] = SHARED_CONCEPTS[name] as string[];
  return table;
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
  /** "tab:document" → its OpenDocument; a Map keeps insertion order, so re-inserting marks it recent. */
  const documents = new Map<string, OpenDocument>();

  function openDocument(key: string): OpenDocument {
    let document = documents.get(key);
    if (document) documents.delete(key);
    else document = { context: createDocumentContext(), topics: new TopicTally(), highlighted: new Set() };
    documents.set(key, document);
    if (documents.size > KEPT_DOCUMENTS) documents.delete(documents.keys().next().value!);
    return document;
  }

  const inUseAt = (lists: readonly StoredList[], at: number) =>
    lists.filter((list) => !list.paused && !isExpired(list, at));
  const validUntilOf = (inUse: readonly StoredList[]) =>
    Math.min(Infinity, ...inUse.flatMap((list) => (list.expires ? [Date.parse(list.expires)] : [])));
  const summaryOf = (lists: readonly StoredList[], claimCount: number): DatabaseSummary => ({
    claimCount,
    lists: lists.map((list) => ({
      id: list.id,
      title: list.title,
      kind: list.kind,
      claimCount: list.claimCount,
      version: list.version,
    })),
  });

  /** The matcher stored for the lists in force, with cards read from the database on demand; or null. */
  async function loadStored(engine: string): Promise<ActiveClaims | null> {
    const lists = await db.lists.toArray();
    const inUse = inUseAt(lists, now());
    const stored = await loadStoredMatcher(db, storedMatcherKey(inUse, engine));
    if (!stored) return null;
    const listById = new Map(lists.map((list) => [list.id, list]));
    return {
      matcher: stored.matcher,
      conflicts: stored.extra.conflicts as ClaimIdConflict[],
      overriddenByUser: stored.extra.overriddenByUser as ClaimIdConflict[],
      validUntil: validUntilOf(inUse),
      summary: summaryOf(lists, stored.matcher.claimIds.length),
      async cards(claimIds) {
        const keys = claimIds.flatMap((id) => {
          const listId = stored.listOf(id);
          return listId === undefined ? [] : [[listId, id] as [string, string]];
        });
        const cards = Object.create(null) as Record<string, ClaimCardData>;
        for (const claim of await db.claims.bulkGet(keys)) {
          const list = claim && listById.get(claim.listId);
          if (claim && list)
            cards[claim.id] = toCardData({
              ...claim,
              listTitle: list.title,
              ...(list.contact && { listContact: list.contact }),
              kind: list.kind,
            });
        }
        return cards;
      },
    };
  }

  async function load(): Promise<ActiveClaims> {
    const engine = engineId();
    const stored = await loadStored(engine);
    if (stored) return stored;
    const { lists, claims, lexicons } = await readAllClaims(db);
    const at = now();
    const inUse = inUseAt(lists, at);
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
        const lexicon = lexiconOf.get(list.id);
        const header = { lexicon: lexicon ?? (Object.create(null) as Record<string, string[]>) };
        // Compiled claims name the compiler's shared concepts without holding them (claim-compiler/
        // shared-concepts.ts); the compile looks them up beside the claim (conceptsBeside below), so
        // 100,000 stored claims are not copied to fold them in. Where the list has a lexicon, a compiled
        // claim is resolved as before: its own concepts, then the shared ones, then the lexicon's.
        const compiledHeader = lexicon && Object.keys(lexicon).length > 0 ? { lexicon: besideLexicon(lexicon) } : null;
        return {
          listId: list.id,
          kind: list.kind,
          title: list.title,
          contact: list.contact,
          order: list.subscribedAt,
          // Claims without hand-written match data use what was compiled when their list was stored.
          claims: (byList.get(list.id) ?? []).map(({ compiledMatch, ...claim }) => {
            if (claim.match || !compiledMatch) return resolveClaim(claim, header);
            const compiled = { ...claim, match: compiledMatch };
            return compiledHeader ? resolveClaim(compiled, compiledHeader) : compiled;
          }),
        };
      }),
    );
    const byId = new Map(merged.map((claim) => [claim.id, claim]));
    // A row stored without compiled data (or whose compile failed) is compiled now or skipped.
    const ready = readyToMatch(merged).claims;
    const matcher = compileMatcher(ready, { conceptsBeside: SHARED_CONCEPTS });
    // Not awaited: the first page need not wait for the write; a failed write costs the next wake a compile.
    saveStoredMatcher(
      db,
      storedMatcherKey(inUse, engine),
      matcher,
      ready.map((claim) => claim.listId),
      { conflicts, overriddenByUser },
    ).catch((error: unknown) => console.warn('ClaimLens: could not store the compiled matcher', error));
    return {
      matcher,
      conflicts,
      overriddenByUser,
      validUntil: validUntilOf(inUse),
      summary: summaryOf(lists, merged.length),
      cards(claimIds) {
        const cards = Object.create(null) as Record<string, ClaimCardData>;
        for (const id of claimIds) {
          const claim = byId.get(id);
          if (claim) cards[id] = toCardData(claim);
        }
        return Promise.resolve(cards);
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
      const document = documentKey ? openDocument(documentKey) : null;
      // The batch is what the page knows of the document's next blocks: a headline is read in the story told below it.
      if (document) expectBlocks(active.matcher, document.context, texts);
      const matches = texts.map((text, i) => {
        const found = document
          ? matchBlock(active.matcher, document.context, text, kinds?.[i] ?? 'paragraph')
          : matchText(active.matcher, text);
        // Right after the block's scan: the tally reads the hits that scan left (see match/topics.ts).
        document?.topics.noteBlock();
        return found.map(({ claimId, start, end, score, stance, why }) => {
          document?.highlighted.add(claimId);
          return { claimId, start, end, score, stance, why };
        });
      });
      const claims = await active.cards([...new Set(matches.flat().map((match) => match.claimId))]);
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
      const found = topicsOf(active.matcher, document.topics, document.highlighted);
      const cards = await active.cards(found.map((topic) => topic.claimId));
      return found.flatMap(({ claimId }) => {
        const card = Object.hasOwn(cards, claimId) ? cards[claimId] : undefined;
        return card ? [{ claimId, text: card.text, verdict: card.verdict.label, listTitle: card.listTitle }] : [];
      });
    },
  };
}

export type ActiveClaimsService = ReturnType<typeof createActiveClaims>;

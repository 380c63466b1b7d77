// Words, terms and concepts. Compile side: a claim's terms become sequences of symbols (one symbol
// per stemmed word, or per `prefix*`), deduplicated; a concept is a set of terms, deduplicated too,
// so a lexicon concept many claims share is one concept. Scan side: the symbols a raw token of the
// page stands for (its stem, and any `prefix*` it starts with).
import { normalizeToken, stem } from '../normalize';
import { forEachToken } from '../tokens';

export interface Vocabulary {
  /** Stemmed word → symbol id. */
  readonly words: ReadonlyMap<string, number>;
  /** Prefix (from a `word*` term, unstemmed) → symbol id; lengths in `prefixLengths`, ascending. */
  readonly prefixes: ReadonlyMap<string, number>;
  readonly prefixLengths: Int32Array;
  readonly symbolCount: number;
}

/** Builds the vocabulary, terms and concepts while claims are read. */
export class VocabularyBuilder {
  private readonly words = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();
  private symbolCount = 0;
  private readonly termBySequence = new Map<string, number>();
  /** Term text → its id: lists repeat the same terms thousands of times; each is read once. */
  private readonly termByText = new Map<string, number | null>();
  /** Term → its symbols. */
  readonly termSymbols: number[][] = [];
  /** Term → the concepts it belongs to, in the order they were made. */
  readonly termConcepts: number[][] = [];
  private readonly conceptByKey = new Map<string, number>();
  /**
   * Term lists already read, by their first term: claims spell the same concepts (a lexicon's, a
   * feed's) over and over. A lookup compares the few lists that start alike, term by term, instead
   * of building and hashing a key for every list a claim names. `list` is the array first seen: a
   * concept shared by many claims (a lexicon's, the compiler's claim talk) is one array, found by
   * identity before any term is compared.
   */
  private readonly conceptsByFirstText = new Map<
    string,
    { texts: readonly string[]; id: number; list: readonly string[] }[]
  >();
  conceptCount = 0;

  private symbolOf(word: string, isPrefix: boolean): number {
    const table = isPrefix ? this.prefixes : this.words;
    const key = isPrefix ? word : stem(word);
    let id = table.get(key);
    if (id === undefined) {
      id = this.symbolCount++;
      table.set(key, id);
    }
    return id;
  }

  /** The term's id, or null when it has no words. Same tokenisation as the scanner; a `*` applies to the last word. */
  termOf(term: string): number | null {
    const known = this.termByText.get(term);
    if (known !== undefined) return known;
    const id = this.readTerm(term);
    this.termByText.set(term, id);
    return id;
  }

  private readTerm(term: string): number | null {
    const wildcard = term.trimEnd().endsWith('*');
    const body = wildcard ? term.trimEnd().slice(0, -1) : term;
    const words: string[] = [];
    forEachToken(body, 0, body.length, (start, end) => {
      words.push(...normalizeToken(body.slice(start, end)));
    });
    if (words.length === 0) return null;
    const symbols = words.map((word, i) => this.symbolOf(word, wildcard && i === words.length - 1));
    const key = `${wildcard ? '*' : ''}${symbols.join(',')}`;
    let id = this.termBySequence.get(key);
    if (id === undefined) {
      id = this.termSymbols.length;
      this.termBySequence.set(key, id);
      this.termSymbols.push(symbols);
      this.termConcepts.push([]);
    }
    return id;
  }

  /** The concept with exactly these terms (made on first sight). */
  conceptOf(terms: readonly string[]): number {
    let known = this.conceptsByFirstText.get(terms[0]!);
    if (known === undefined) this.conceptsByFirstText.set(terms[0]!, (known = []));
    else
      for (const { texts, id, list } of known) {
        if (list === terms) return id;
        if (texts.length !== terms.length) continue;
        let same = true;
        for (let i = 1; i < texts.length && same; i++) same = texts[i] === terms[i];
        if (same) return id;
      }
    const termIds = [...new Set(terms.map((term) => this.termOf(term)).filter((id): id is number => id !== null))].sort(
      (a, b) => a - b,
    );
    const key = termIds.join(',');
    let id = this.conceptByKey.get(key);
    if (id === undefined) {
      id = this.conceptCount++;
      this.conceptByKey.set(key, id);
      for (const termId of termIds) this.termConcepts[termId]!.push(id);
    }
    // A copy: the caller's list is a claim's own, which may change after the compile.
    known.push({ texts: [...terms], id, list: terms });
    return id;
  }

  /** Concept → its terms. */
  conceptTerms(): number[][] {
    const lists: number[][] = Array.from({ length: this.conceptCount }, () => []);
    this.termConcepts.forEach((concepts, term) => concepts.forEach((concept) => lists[concept]!.push(term)));
    return lists;
  }

  vocabulary(): Vocabulary {
    const prefixLengths = Int32Array.from(new Set([...this.prefixes.keys()].map((prefix) => prefix.length))).sort();
    return { words: this.words, prefixes: this.prefixes, prefixLengths, symbolCount: this.symbolCount };
  }
}

/** The symbols each word of a raw token can stand for: its stem and any `prefix*` it starts with. */
export function symbolsOfSurface(vocabulary: Vocabulary, raw: string): number[][] {
  return normalizeToken(raw).map((word) => {
    const found: number[] = [];
    const exact = vocabulary.words.get(stem(word));
    if (exact !== undefined) found.push(exact);
    for (const length of vocabulary.prefixLengths) {
      if (length > word.length) break;
      const prefix = vocabulary.prefixes.get(word.slice(0, length));
      if (prefix !== undefined) found.push(prefix);
    }
    return found;
  });
}

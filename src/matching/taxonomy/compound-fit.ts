/**
 * A German compound read through both of its parts: "Staplerbedienung" is Gabelstapler fahren because
 * one concept names both the Stapler and bedienen; "Wundpflege" is Wundversorgung because only that
 * concept names wounds and the head is a general word of care; "Krankenkasse" is nothing, since no
 * concept names both "krank…" and "Kasse…". The modifier alone (Kasse) or the head alone (Kasse in
 * Krankenkasse) never decides. Pure; built once per taxonomy.
 */
import type { Concept } from './types';

/** Shortest modifier and head of a split; the modifier's stem must keep this many letters. */
const MIN_MODIFIER = 4;
const MIN_HEAD = 4;
/** Shortest compound read this way. */
const MIN_COMPOUND = 8;

/**
 * Heads that say only that work is done on the modifier's thing ("Wundpflege", "Gartenunterhalt",
 * "Datenbankbetreuung"): they fit any concept, so the modifier alone must name exactly one.
 */
const GENERAL_HEADS = new Set(['pflege', 'arbeit', 'arbeiten', 'unterhalt', 'betreuung', 'behandlung', 'wartung', 'service', 'dienst', 'management', 'verwaltung']);

/** A head that names work done (an action noun), not a thing ("Arzttermin", "Röntgenbild"). */
const ACTION_HEAD = /(?:ung|pflege|arbeit|arbeiten|dienst|service|unterhalt|montage|bau|kontrolle|verkauf|transport|wechsel|reparatur|ation|management)$/;

/** Lower case without umlauts, so "Böden" and "Boden", "älterer" and "Alten" compare. */
const plain = (text: string) => text.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');

/** A head noun's verb ("bedienung" → "bedien", "montage" → "montier"), as a prefix to meet a name's verb. */
function headStems(head: string): string[] {
  const stems = [head];
  if (/[^u]ung$/.test(head)) stems.push(head.slice(0, -3));
  if (/(?:age|ation)$/.test(head)) stems.push(`${head.replace(/(?:age|ation)$/, '')}ier`);
  return stems;
}

/** The forms a modifier's stem may take inside a compound: with and without a linking -s, -n, -en, -e. */
function modifierStems(modifier: string): string[] {
  const out = new Set([modifier]);
  for (const tail of ['s', 'n', 'en', 'e', 'es']) if (modifier.endsWith(tail)) out.add(modifier.slice(0, -tail.length));
  return [...out].filter((m) => m.length >= MIN_MODIFIER);
}

export class CompoundFit {
  /** Every word of every skill concept's German names, sorted, for prefix lookups. */
  private readonly words: { word: string; concept: Concept }[] = [];

  constructor(concepts: Iterable<Concept>) {
    for (const concept of concepts) {
      if (concept.kind !== 'skill') continue;
      const names = [concept.labels['de-CH'], concept.labels['de-DE'], ...concept.synonyms];
      const seen = new Set<string>();
      for (const name of names) for (const word of plain(name ?? '').split(/[^a-z]+/)) if (word.length >= MIN_MODIFIER && !seen.has(word)) {
        seen.add(word);
        this.words.push({ word, concept });
      }
    }
    this.words.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  }

  /** Concepts with a name word that starts with this prefix. */
  private startingWith(prefix: string): Set<Concept> {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]!.word < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out = new Set<Concept>();
    for (let i = lo; i < this.words.length && this.words[i]!.word.startsWith(prefix); i++) out.add(this.words[i]!.concept);
    return out;
  }

  /** The one concept both parts of a compound fit (see the module comment); undefined when none or several do. */
  read(word: string): Concept | undefined {
    if (word.length < MIN_COMPOUND || !/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
    const w = plain(word);
    // The longest head first: "Staplerbedienung" is Stapler + bedienung before Staplerbe + dienung.
    for (let at = MIN_MODIFIER; at <= w.length - MIN_HEAD; at++) {
      const head = w.slice(at);
      if (!ACTION_HEAD.test(head)) continue;
      const byModifier = new Set(modifierStems(w.slice(0, at)).flatMap((m) => [...this.startingWith(m)]));
      if (byModifier.size === 0) continue;
      const byHead = new Set(headStems(head).flatMap((h) => [...this.startingWith(h)]));
      const both = [...byModifier].filter((c) => byHead.has(c));
      if (both.length === 1) return both[0];
      // A general head needs the one concept whose own label is about the modifier's thing ("Wundpflege": Wundversorgung).
      const about = [...byModifier].filter((c) => modifierStems(w.slice(0, at)).some((m) => plain(c.labels['de-CH']).split(/[^a-z]+/).some((l) => l.startsWith(m))));
      if (both.length === 0 && GENERAL_HEADS.has(head) && about.length === 1) return about[0];
    }
    return undefined;
  }
}

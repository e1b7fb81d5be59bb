/**
 * The words an entry can be found by. Stored beside each entry in a multi-entry index,
 * so a search reads only keys, never 10,000 whole entries; a search word matches the
 * start of a word ("harb" finds "Harbor & Pine", "societe" finds "Société").
 * The words are stored, so changing how they are made needs a new schema version whose
 * upgrade rewrites every entry.
 */
import { foldForSearch } from './fields';
import type { LogEntry } from './types';

/** Enough for long notes; company and role come first, so they are never cut. */
export const SEARCH_WORDS_MAX = 500;
/** Longer words are cut to this length, both when stored and when searched for. */
export const SEARCH_WORD_LENGTH = 40;

const SPLIT = /[^\p{L}\p{N}]+/u;

export function wordsOf(text: string): string[] {
  return foldForSearch(text)
    .split(SPLIT)
    .filter(Boolean)
    .map((w) => w.slice(0, SEARCH_WORD_LENGTH));
}

type Searchable = Pick<LogEntry, 'company' | 'role' | 'notes' | 'nextSteps'> & {
  feedback?: { notes?: string };
};

export function searchWords(entry: Searchable): string[] {
  const words = new Set<string>();
  for (const part of [
    entry.company,
    entry.role,
    entry.nextSteps,
    entry.feedback?.notes,
    entry.notes,
  ])
    for (const word of wordsOf(part ?? '')) {
      words.add(word);
      if (words.size >= SEARCH_WORDS_MAX) return [...words];
    }
  return [...words];
}

import { readEvidence } from "./evidence";
import { lyricLines } from "./text";
import { type Vocabulary, getVocabulary } from "./vocabulary";

const LINE_MAX = 200;

/**
 * For each of a song's emotions, the lyric line with the strongest evidence for it (a line is
 * read on its own, as the engine reads any line). Emotions no line names are left out.
 */
export function emotionLines(lyrics: string, emotions: readonly string[], vocab: Vocabulary = getVocabulary()): Record<string, string> {
  const best = new Map<string, { line: string; score: number }>();
  const wanted = new Set(emotions);
  const seen = new Set<string>();
  for (const line of lyricLines(lyrics)) {
    if (seen.has(line) || line.length > LINE_MAX) continue;
    seen.add(line);
    for (const [term, score] of readEvidence(line, vocab).terms) {
      if (!wanted.has(term) || score <= 0) continue;
      if ((best.get(term)?.score ?? 0) < score) best.set(term, { line, score });
    }
  }
  return Object.fromEntries(emotions.flatMap((e) => (best.has(e) ? [[e, best.get(e)!.line]] : [])));
}

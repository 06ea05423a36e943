import { type Labels, type Lang, languageName } from "./labels";
import type { MoodStateView } from "./types";

interface Chip {
  key: string;
  label: string;
  without: MoodStateView;
}

function shiftLabel(state: MoodStateView, t: Labels): string {
  const { valence, arousal } = state.shift;
  const parts = [valence > 0 ? "↑ brighter" : valence < 0 ? "↓ darker" : "", arousal > 0 ? "↑ energy" : arousal < 0 ? "↓ calmer" : ""];
  return parts.filter(Boolean).join(" · ") || t.match;
}

/** The chips of a mood state, each with the state it leaves when removed. */
function chipsOf(state: MoodStateView, t: Labels, lang: Lang): Chip[] {
  const chips: Chip[] = state.emotions.map((e) => ({
    key: `e:${e.term}`,
    label: e.weight < 0.5 ? `${e.term} (${Math.round(e.weight * 100)}%)` : e.term,
    without: { ...state, emotions: state.emotions.filter((x) => x.term !== e.term) },
  }));
  if (state.shift.valence !== 0 || state.shift.arousal !== 0) chips.push({ key: "shift", label: shiftLabel(state, t), without: { ...state, shift: { valence: 0, arousal: 0 } } });
  if (state.languages) chips.push({ key: "only", label: `${t.only} ${state.languages.map((l) => languageName(l, lang)).join(", ")}`, without: { ...state, languages: null } });
  for (const l of state.notLanguages) chips.push({ key: `no:${l}`, label: `${t.no} ${languageName(l, lang)}`, without: { ...state, notLanguages: state.notLanguages.filter((x) => x !== l) } });
  for (const a of state.avoid) chips.push({ key: `not:${a}`, label: `${t.not} ${a}`, without: { ...state, avoid: state.avoid.filter((x) => x !== a) } });
  if (state.like) chips.push({ key: "like", label: `${t.likeSong} “${state.like.title}”`, without: { ...state, like: null } });
  return chips;
}

/** The mood an answer was searched with, as removable chips: removing one answers again without it. */
export function StateChips({ state, t, lang, onChange }: { state: MoodStateView; t: Labels; lang: Lang; onChange: (s: MoodStateView) => void }) {
  const chips = chipsOf(state, t, lang);
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t.activeMood} data-testid="state-chips">
      {chips.map((c) => (
        <li key={c.key} className="flex items-center gap-1 rounded-full bg-amber-400/15 py-1 pr-1 pl-3 text-sm text-amber-300" data-testid="state-chip">
          <span>{c.label}</span>
          {c.without.emotions.length > 0 ? (
            <button
              type="button"
              onClick={() => onChange(c.without)}
              aria-label={`${t.removeChip} ${c.label}`}
              className="rounded-full px-1.5 leading-none text-amber-200 hover:bg-amber-400/30 focus-visible:outline-2 focus-visible:outline-amber-200"
            >
              ×
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

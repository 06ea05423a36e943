import { useEffect, useState } from "react";
import { MOOD_LIMITS } from "@/app/api/mood/limits";
import type { Sort } from "@/lib/recommend/defaults";

export interface Settings {
  threshold: number;
  limit: number;
  sort: Sort;
  /** "match" my mood, or "lift" me gently toward a better one. */
  shift: "match" | "lift";
  /** At most one song per artist. */
  diverse: boolean;
}

const MIN_LIMIT = 1;
// Keys that move a slider: a Tab onto it changes nothing and must not re-ask.
const SLIDER_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End", "PageUp", "PageDown"]);

/**
 * A number field a person can type into ("2" on the way to "20"): the text is theirs while they type,
 * and it is clamped to 1..50 only when they leave the field or press Enter.
 */
function LimitInput({ value, onCommit }: { value: number; onCommit: (n: number) => void }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    const n = Math.min(MOOD_LIMITS.limitMax, Math.max(MIN_LIMIT, Math.round(Number(draft)) || value));
    setDraft(String(n));
    if (n !== value) onCommit(n);
  };
  return (
    <input
      type="number"
      inputMode="numeric"
      min={MIN_LIMIT}
      max={MOOD_LIMITS.limitMax}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          e.preventDefault();
          commit();
        }
      }}
      data-testid="limit-input"
      className="rounded border border-zinc-600 bg-zinc-800 px-2 py-1"
    />
  );
}

/** The settings; a committed change (`onCommit`) is re-applied to the current answer by the chat. */
export function SettingsPanel({ settings, onChange, onCommit }: { settings: Settings; onChange: (s: Settings) => void; onCommit?: (s: Settings) => void }) {
  const change = (s: Settings) => {
    onChange(s);
    onCommit?.(s);
  };
  return (
    // Closed by default: on a phone the open panel took 40% of the first screen.
    <details className="rounded-lg border border-zinc-700 text-sm" data-testid="settings">
      <summary className="cursor-pointer px-3 py-2 text-zinc-300">
        Settings · threshold {settings.threshold.toFixed(2)} · {settings.limit} songs · by {settings.sort} · {settings.shift === "lift" ? "lift me gently" : "match my mood"}
      </summary>
    <fieldset className="grid gap-3 p-3 sm:grid-cols-3">
      <legend className="px-1 text-zinc-400">Settings</legend>
      <label className="flex flex-col gap-1">
        <span>
          Similarity threshold: <output data-testid="threshold-value">{settings.threshold.toFixed(2)}</output>
        </span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.01}
          value={settings.threshold}
          aria-label="Similarity threshold"
          onChange={(e) => onChange({ ...settings, threshold: Number(e.target.value) })}
          // A slider fires on every step: the answer follows once it is let go.
          onPointerUp={() => onCommit?.(settings)}
          onKeyUp={(e) => SLIDER_KEYS.has(e.key) && onCommit?.(settings)}
          className="accent-amber-400"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span>Max songs</span>
        <LimitInput value={settings.limit} onCommit={(limit) => change({ ...settings, limit })} />
      </label>
      <label className="flex flex-col gap-1">
        <span>Sort by</span>
        <select
          value={settings.sort}
          onChange={(e) => change({ ...settings, sort: e.target.value as Sort })}
          className="rounded border border-zinc-600 bg-zinc-800 px-2 py-1"
        >
          <option value="popularity">popularity</option>
          <option value="similarity">similarity</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span>Songs</span>
        <select
          value={settings.shift}
          onChange={(e) => change({ ...settings, shift: e.target.value as Settings["shift"] })}
          className="rounded border border-zinc-600 bg-zinc-800 px-2 py-1"
          data-testid="shift-select"
        >
          <option value="match">match my mood</option>
          <option value="lift">lift me gently</option>
        </select>
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={settings.diverse} onChange={(e) => change({ ...settings, diverse: e.target.checked })} className="accent-amber-400" />
        <span>One song per artist</span>
      </label>
    </fieldset>
    </details>
  );
}

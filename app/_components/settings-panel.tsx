import { MOOD_LIMITS } from "@/app/api/mood/limits";
import type { Sort } from "@/lib/recommend/defaults";

export interface Settings {
  threshold: number;
  limit: number;
  sort: Sort;
}

export function SettingsPanel({ settings, onChange }: { settings: Settings; onChange: (s: Settings) => void }) {
  return (
    <fieldset className="grid gap-3 rounded-lg border border-zinc-700 p-3 text-sm sm:grid-cols-3">
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
          className="accent-amber-400"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span>Max songs</span>
        <input
          type="number"
          min={5}
          max={MOOD_LIMITS.limitMax}
          value={settings.limit}
          onChange={(e) => onChange({ ...settings, limit: Math.min(MOOD_LIMITS.limitMax, Math.max(5, Number(e.target.value) || 5)) })}
          className="rounded border border-zinc-600 bg-zinc-800 px-2 py-1"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span>Sort by</span>
        <select
          value={settings.sort}
          onChange={(e) => onChange({ ...settings, sort: e.target.value as Sort })}
          className="rounded border border-zinc-600 bg-zinc-800 px-2 py-1"
        >
          <option value="popularity">popularity</option>
          <option value="similarity">similarity</option>
        </select>
      </label>
    </fieldset>
  );
}

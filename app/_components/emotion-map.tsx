import { useState } from "react";
import type { MapPoint } from "@/lib/recommend/catalog-map";
import type { Labels } from "./labels";
import { type SongActions, SongCard } from "./song-card";
import type { SongView } from "./types";

const SIZE = 320;
const PAD = 16;
const FAMILY_COLOURS: Record<string, string> = {
  wonder: "#a78bfa",
  transcendence: "#f0abfc",
  tenderness: "#fb7185",
  nostalgia: "#fdba74",
  peacefulness: "#5eead4",
  power: "#f87171",
  joyful_activation: "#facc15",
  tension: "#fb923c",
  sadness: "#60a5fa",
};
const at = (x: number) => PAD + ((x + 1) / 2) * (SIZE - 2 * PAD);

/**
 * The catalog's songs in valence (→) × arousal (↑), coloured by family, the current answer's songs
 * ringed. Opening a point shows that song's card.
 */
export function EmotionMap({ highlight, t, actionsFor }: { highlight: readonly string[]; t: Labels; actionsFor: (s: SongView) => SongActions }) {
  const [points, setPoints] = useState<MapPoint[] | null>(null);
  const [total, setTotal] = useState(0);
  const [open, setOpen] = useState<SongView | null>(null);
  async function load(isOpen: boolean) {
    if (!isOpen || points) return;
    const res = await fetch("/api/map");
    if (!res.ok) return;
    const map = (await res.json()) as { total: number; points: MapPoint[] };
    setPoints(map.points);
    setTotal(map.total);
  }
  async function show(id: string) {
    const res = await fetch(`/api/songs/${encodeURIComponent(id)}`);
    if (res.ok) setOpen(((await res.json()) as { song: SongView }).song);
  }
  const lit = new Set(highlight);
  const ordered = points ? [...points].sort((a, b) => Number(lit.has(a.id)) - Number(lit.has(b.id))) : [];
  return (
    <details className="rounded-lg border border-zinc-700 text-sm" data-testid="map" onToggle={(e) => void load((e.currentTarget as HTMLDetailsElement).open)}>
      <summary className="cursor-pointer px-3 py-2 text-zinc-300">{t.map}</summary>
      <div className="flex flex-col items-center gap-2 p-3">
        <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="w-full max-w-sm" role="group" aria-label={t.map}>
          <line x1={at(0)} y1={PAD} x2={at(0)} y2={SIZE - PAD} stroke="#52525b" />
          <line x1={PAD} y1={at(0)} x2={SIZE - PAD} y2={at(0)} stroke="#52525b" />
          <text x={SIZE - PAD} y={at(0) - 4} textAnchor="end" fill="#a1a1aa" fontSize="10">{t.pleasant} →</text>
          <text x={at(0) + 4} y={PAD + 8} fill="#a1a1aa" fontSize="10">↑ {t.energetic}</text>
          {ordered.map((p) => (
            <circle
              key={p.id}
              cx={at(p.valence)}
              cy={SIZE - at(p.arousal)}
              r={lit.has(p.id) ? 6 : 3.5}
              fill={FAMILY_COLOURS[p.family] ?? "#d4d4d8"}
              fillOpacity={lit.has(p.id) || lit.size === 0 ? 0.95 : 0.45}
              stroke={lit.has(p.id) ? "#fafafa" : "none"}
              strokeWidth={2}
              role="button"
              tabIndex={0}
              aria-label={`${p.title} — ${p.artists.join(", ")}`}
              data-testid={lit.has(p.id) ? "map-point-lit" : "map-point"}
              onClick={() => void show(p.id)}
              onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && void show(p.id)}
              className="cursor-pointer"
            >
              <title>{`${p.title} — ${p.artists.join(", ")} (${p.family.replace("_", " ")})`}</title>
            </circle>
          ))}
        </svg>
        {points && total > points.length ? <p className="text-xs text-zinc-400">{points.length} / {total}</p> : null}
        {open ? (
          <ol className="w-full" data-testid="map-song">
            <SongCard song={open} t={t} actions={actionsFor(open)} />
          </ol>
        ) : null}
      </div>
    </details>
  );
}

import { useState } from "react";
import type { Labels, Lang } from "./labels";
import { type SongActions, SongCard } from "./song-card";
import { StateChips } from "./state-chips";
import type { MoodAnswerView, MoodStateView, SongView } from "./types";

export interface AnswerHandlers {
  actionsFor: (song: SongView) => SongActions;
  onLowerThreshold: (to: number) => void;
  onState: (state: MoodStateView) => void;
  onAllowRepeats: () => void;
  onExport: (format: "m3u" | "json") => void;
}

function CareNote({ care }: { care: NonNullable<MoodAnswerView["care"]> }) {
  return (
    <div role="note" className="rounded-lg border border-sky-400/50 bg-sky-400/10 p-3 text-sm text-sky-100" data-testid="care">
      <p>{care.message}</p>
      <ul className="mt-2 flex flex-col gap-1">
        {care.resources.map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong> ({r.region}):{" "}
            {r.contact.startsWith("https://") ? (
              <a href={r.contact} target="_blank" rel="noopener noreferrer" className="underline">
                {r.contact.replace("https://", "")}
              </a>
            ) : (
              r.contact
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Empty({ answer, t, h }: { answer: MoodAnswerView; t: Labels; h: AnswerHandlers }) {
  // Low enough that every song listed below passes, not just the nearest one.
  const lowest = answer.belowThreshold.reduce<number | undefined>((m, s) => (m === undefined ? s.similarity : Math.min(m, s.similarity)), undefined);
  const lowerTo = lowest === undefined ? undefined : Math.max(0, Math.floor(lowest * 100) / 100);
  const button = "mt-2 rounded bg-amber-400 px-3 py-1 font-medium text-zinc-900 hover:bg-amber-300 focus-visible:outline-2 focus-visible:outline-amber-200";
  return (
    <div className="rounded-lg border border-dashed border-zinc-600 p-3 text-sm" data-testid="empty-state">
      <p>{answer.message ?? "No songs fit this mood."}</p>
      {answer.exhausted ? (
        <button type="button" onClick={h.onAllowRepeats} className={button} data-testid="allow-repeats">
          {t.allowRepeats}
        </button>
      ) : null}
      {lowerTo !== undefined ? (
        <>
          <button type="button" onClick={() => h.onLowerThreshold(lowerTo)} className={button}>
            {t.lowerTo} {lowerTo.toFixed(2)} ({answer.belowThreshold.length} {t.songs})
          </button>
          <p className="mt-3 text-zinc-400">{t.nearestBelow}</p>
          <ol className="mt-2 flex flex-col gap-2">
            {answer.belowThreshold.map((s) => (
              <SongCard key={s.id} song={s} t={t} actions={h.actionsFor(s)} />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}

/** Saves the answer as a private Spotify playlist (the server's `npm run export -- --login`) and says how it went. */
function SaveToSpotify({ answer, t }: { answer: MoodAnswerView; t: Labels }) {
  const [status, setStatus] = useState<{ text: string; url?: string } | null>(null);
  async function save() {
    setStatus({ text: "…" });
    try {
      const res = await fetch("/api/export", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ songIds: answer.songs.map((x) => x.id), format: "spotify", title: `Moodtape: ${answer.emotions.slice(0, 3).join(", ")}` }),
      });
      const body = (await res.json()) as { url?: string; added?: number; skipped?: unknown[]; error?: { message: string } };
      if (!res.ok || body.error) setStatus({ text: body.error?.message ?? `HTTP ${res.status}` });
      else setStatus({ text: `${t.savedSpotify}: ${body.added} · ${t.skippedNoId}: ${body.skipped?.length ?? 0}`, url: body.url });
    } catch {
      setStatus({ text: t.unreachable });
    }
  }
  return (
    <>
      <button type="button" onClick={() => void save()} className="rounded border border-zinc-600 px-2 py-0.5 hover:border-amber-400" data-testid="save-spotify">
        {t.saveSpotify}
      </button>
      {status ? (
        <span className="basis-full text-zinc-400" role="status" data-testid="save-spotify-status">
          {status.text}{" "}
          {status.url ? (
            <a href={status.url} target="_blank" rel="noopener noreferrer" className="text-amber-300 underline">
              {status.url}
            </a>
          ) : null}
        </span>
      ) : null}
    </>
  );
}

/** One answer: a care note when needed, the mood as chips, the songs with their actions, export. */
export function AnswerView({ answer, t, lang, h }: { answer: MoodAnswerView; t: Labels; lang: Lang; h: AnswerHandlers }) {
  return (
    <div className="flex flex-col gap-3" data-testid="answer" lang={lang}>
      {answer.care ? <CareNote care={answer.care} /> : null}
      {answer.state ? <StateChips state={answer.state} t={t} lang={lang} onChange={h.onState} /> : null}
      {!answer.understood && answer.message ? <p className="text-sm text-zinc-300" data-testid="not-understood">{answer.message}</p> : null}
      {answer.songs.length > 0 ? (
        <>
          {answer.message ? <p className="text-sm text-zinc-400">{answer.message}</p> : null}
          <ol className="flex flex-col gap-2">
            {answer.songs.map((s) => (
              <SongCard key={s.id} song={s} t={t} actions={h.actionsFor(s)} />
            ))}
          </ol>
          <p className="flex flex-wrap gap-2 text-xs">
            <button type="button" onClick={() => h.onExport("m3u")} className="rounded border border-zinc-600 px-2 py-0.5 hover:border-amber-400" data-testid="export-m3u">
              {t.exportM3u}
            </button>
            <button type="button" onClick={() => h.onExport("json")} className="rounded border border-zinc-600 px-2 py-0.5 hover:border-amber-400" data-testid="export-json">
              {t.exportJson}
            </button>
            <SaveToSpotify answer={answer} t={t} />
          </p>
        </>
      ) : answer.understood ? (
        <Empty answer={answer} t={t} h={h} />
      ) : null}
    </div>
  );
}

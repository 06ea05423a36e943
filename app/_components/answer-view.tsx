import { SongCard } from "./song-card";
import type { MoodAnswerView } from "./types";

export function AnswerView({ answer, onLowerThreshold }: { answer: MoodAnswerView; onLowerThreshold: (to: number) => void }) {
  // Low enough that every song listed below passes, not just the nearest one.
  const lowest = answer.belowThreshold.reduce<number | undefined>((m, s) => (m === undefined ? s.similarity : Math.min(m, s.similarity)), undefined);
  const lowerTo = lowest === undefined ? undefined : Math.max(0, Math.floor(lowest * 100) / 100);
  return (
    <div className="flex flex-col gap-3" data-testid="answer">
      {answer.emotions.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label="Emotions read from your message">
          {answer.emotions.map((e) => (
            <li key={e} className="rounded-full bg-amber-400/15 px-3 py-1 text-sm text-amber-300" data-testid="emotion-chip">
              {e}
            </li>
          ))}
        </ul>
      ) : null}
      {answer.songs.length > 0 ? (
        <ol className="flex flex-col gap-2">
          {answer.songs.map((s) => (
            <SongCard key={s.id} song={s} />
          ))}
        </ol>
      ) : (
        <div className="rounded-lg border border-dashed border-zinc-600 p-3 text-sm" data-testid="empty-state">
          <p>{answer.message ?? "No songs fit this mood."}</p>
          {lowerTo !== undefined ? (
            <>
              <button
                type="button"
                onClick={() => onLowerThreshold(lowerTo)}
                className="mt-2 rounded bg-amber-400 px-3 py-1 font-medium text-zinc-900 hover:bg-amber-300 focus-visible:outline-2 focus-visible:outline-amber-200"
              >
                Lower the threshold to {lowerTo.toFixed(2)} ({answer.belowThreshold.length} {answer.belowThreshold.length === 1 ? "song" : "songs"})
              </button>
              <p className="mt-3 text-zinc-400">Nearest songs below the threshold:</p>
              <ol className="mt-2 flex flex-col gap-2">
                {answer.belowThreshold.map((s) => (
                  <SongCard key={s.id} song={s} />
                ))}
              </ol>
            </>
          ) : null}
        </div>
      )}
    </div>
  );
}

import { useState } from "react";
import type { Labels } from "./labels";
import type { SongView } from "./types";

function spotifyEmbed(url: string): string | null {
  const m = /open\.spotify\.com\/(?:intl-[a-z-]+\/)?track\/([A-Za-z0-9]+)/.exec(url);
  return m ? `https://open.spotify.com/embed/track/${m[1]}` : null;
}

export interface SongActions {
  liked: boolean;
  skipped: boolean;
  onLike: (on: boolean) => void;
  onSkip: (on: boolean) => void;
  onMoreLike: () => void;
}

const BUTTON = "rounded border border-zinc-600 px-2 py-0.5 text-xs hover:border-amber-400 focus-visible:outline-2 focus-visible:outline-amber-200 aria-pressed:border-amber-400 aria-pressed:bg-amber-400/20";

/** Our demo songs exist nowhere else: their lyrics, fetched on demand, stand in for a player. */
function DemoLyrics({ song, t }: { song: SongView; t: Labels }) {
  const [lyrics, setLyrics] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  async function toggle() {
    if (!open && lyrics === null) {
      const res = await fetch(`/api/songs/${encodeURIComponent(song.id)}`);
      if (res.ok) setLyrics(((await res.json()) as { lyrics: string | null }).lyrics ?? "");
    }
    setOpen(!open);
  }
  return (
    <div className="mt-2 text-xs text-zinc-400">
      <p>{t.demoSong}</p>
      <button type="button" onClick={() => void toggle()} className={`${BUTTON} mt-1`} aria-expanded={open} data-testid="lyrics-toggle">
        {open ? t.hideLyrics : t.showLyrics}
      </button>
      {open && lyrics ? (
        <pre className="mt-2 max-h-64 overflow-auto whitespace-pre-wrap font-sans text-sm text-zinc-300 [overflow-wrap:anywhere]" data-testid="lyrics">
          {lyrics}
        </pre>
      ) : null}
    </div>
  );
}

function Listen({ song, t }: { song: SongView; t: Labels }) {
  const embed = song.links.spotify ? spotifyEmbed(song.links.spotify) : null;
  if (embed) return <iframe title={`${song.title} on Spotify`} src={embed} loading="lazy" className="mt-2 h-20 w-full rounded" allow="encrypted-media" />;
  if (song.demo) return <DemoLyrics song={song} t={t} />;
  return (
    <p className="mt-2 flex flex-wrap gap-3 text-xs">
      <a href={song.links.searchSpotify} target="_blank" rel="noopener noreferrer" className="text-amber-300 underline" data-testid="search-spotify">
        {t.searchSpotify}
      </a>
      <a href={song.links.searchYouTubeMusic} target="_blank" rel="noopener noreferrer" className="text-amber-300 underline">
        {t.searchYouTube}
      </a>
    </p>
  );
}

export function SongCard({ song, t, actions }: { song: SongView; t: Labels; actions?: SongActions }) {
  const year = song.releaseDate?.slice(0, 4);
  return (
    <li className={`rounded-lg border border-zinc-700 bg-zinc-800 p-3 ${actions?.skipped ? "opacity-50" : ""}`} data-testid="song" data-song-id={song.id}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold [overflow-wrap:anywhere]">
          {song.title} <span className="font-normal text-zinc-400">— {song.artists.join(", ")}</span>
        </p>
        <p className="text-xs text-zinc-400">
          {year ? `${year} · ` : ""}
          {song.popularity !== null ? `popularity ${song.popularity} · ` : ""}
          {t.match} {Math.round(song.similarity * 100)}%
        </p>
      </div>
      <p className="mt-1 text-sm text-zinc-300" data-testid="why">
        <span className="text-zinc-400">{t.why}: </span>
        {song.why}
      </p>
      {song.line ? (
        <blockquote className="mt-1 border-l-2 border-amber-400/60 pl-2 text-sm italic text-zinc-300 [overflow-wrap:anywhere]" data-testid="line">
          “{song.line}”
        </blockquote>
      ) : null}
      {actions ? (
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className={BUTTON} aria-pressed={actions.liked} onClick={() => actions.onLike(!actions.liked)} data-testid="like">
            {actions.liked ? t.liked : t.like}
          </button>
          <button type="button" className={BUTTON} aria-pressed={actions.skipped} onClick={() => actions.onSkip(!actions.skipped)} data-testid="skip">
            {actions.skipped ? t.skipped : t.skip}
          </button>
          <button type="button" className={BUTTON} onClick={actions.onMoreLike} data-testid="more-like">
            {t.moreLikeThis}
          </button>
        </div>
      ) : null}
      <Listen song={song} t={t} />
    </li>
  );
}

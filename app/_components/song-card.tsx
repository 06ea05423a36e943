import type { SongView } from "./types";

function spotifyEmbed(url: string): string | null {
  const m = /open\.spotify\.com\/(?:intl-[a-z-]+\/)?track\/([A-Za-z0-9]+)/.exec(url);
  return m ? `https://open.spotify.com/embed/track/${m[1]}` : null;
}

export function SongCard({ song }: { song: SongView }) {
  const embed = song.spotifyUrl ? spotifyEmbed(song.spotifyUrl) : null;
  const year = song.releaseDate?.slice(0, 4);
  return (
    <li className="rounded-lg border border-zinc-700 bg-zinc-800 p-3" data-testid="song">
      {embed ? (
        <iframe
          title={`${song.title} on Spotify`}
          src={embed}
          loading="lazy"
          className="mb-2 h-20 w-full rounded"
          allow="encrypted-media"
        />
      ) : null}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">
          {song.title} <span className="font-normal text-zinc-400">— {song.artists.join(", ")}</span>
        </p>
        <p className="text-xs text-zinc-400">
          {year ? `${year} · ` : ""}
          {song.popularity !== null ? `popularity ${song.popularity} · ` : ""}
          match {Math.round(song.similarity * 100)}%
        </p>
      </div>
      <p className="mt-1 text-sm text-zinc-300">
        <span className="text-zinc-400">Why: </span>
        {song.sharedEmotions.length > 0
          ? `shares ${song.sharedEmotions.join(", ")}`
          : `close to your mood through ${song.emotions.slice(0, 3).join(", ")}`}
      </p>
    </li>
  );
}

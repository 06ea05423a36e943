// npm run export: the songs answering a mood sentence (or listed by id) as a Spotify playlist, an
// M3U file or JSON. `--login` logs in once with the scopes saving needs.
import { basename } from "node:path";
import { MOOD_LIMITS, type MoodRequestBody } from "@/app/api/mood/schema";
import { type PlaylistSong, toM3u, toPlaylistJson } from "@/lib/catalog/playlist-file";
import { numberFlag, parseFlags, runMain, userPath } from "@/lib/cli";
import { resolveDataDir } from "@/lib/data-dir";
import { readConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { saveScopes } from "@/lib/ingest/spotify-auth";
import { createSpotifyClient } from "@/lib/ingest/spotify-client";
import { PLAYLIST_NAME_MAX, saveToSpotify } from "@/lib/ingest/spotify-playlists";
import { spotifyLogin, spotifyUserTokens } from "@/lib/ingest/sources";
import { answerMood } from "@/lib/recommend/answer-mood";
import { openRecommender } from "@/lib/services";

const USAGE =
  'usage: npm run export -- --to spotify|m3u|json [--ids <id,id,...> | "<mood sentence>"] [--name <playlist name>] ' +
  "[--out <file>] [--public] [--limit N] [--threshold T] [--data-dir <dir>]   |   npm run export -- --login [--public]";
const TARGETS = ["spotify", "m3u", "json"] as const;
type Target = (typeof TARGETS)[number];

/** The songs to export, in order: by id, or the answer to a mood sentence; and a default name. */
async function pickSongs(input: { dataDir: string; ids?: string; mood: string; limit?: number; threshold?: number }) {
  const deps = await openRecommender(input.dataDir);
  try {
    if (input.ids !== undefined) {
      const ids = input.ids.split(",").map((s) => s.trim()).filter((s) => s !== "");
      if (ids.length === 0) throw new AppError("bad_request", "--ids lists no id");
      const songs = await deps.index.songsById(ids);
      const found = new Set(songs.map((s) => s.id));
      for (const id of ids) if (!found.has(id)) console.error(`export: ${id}: not in the index (left out)`);
      return { songs: songs as PlaylistSong[], name: "Moodtape" };
    }
    const request: MoodRequestBody = { message: input.mood, limit: input.limit, threshold: input.threshold };
    const answer = await answerMood(request, deps);
    if (answer.songs.length === 0) throw new AppError("bad_request", answer.message ?? "no song passes the threshold for this mood");
    // The answer carries what the chat shows; the index holds each song's URI and duration too.
    const songs = await deps.index.songsById(answer.songs.map((s) => s.id));
    return { songs: songs as PlaylistSong[], name: `Moodtape: ${input.mood}`.slice(0, PLAYLIST_NAME_MAX) };
  } finally {
    deps.index.close();
  }
}

runMain("export", async () => {
  const { values, positionals } = parseFlags({
    to: { type: "string" },
    ids: { type: "string" },
    name: { type: "string" },
    out: { type: "string" },
    public: { type: "boolean" },
    login: { type: "boolean" },
    limit: { type: "string" },
    threshold: { type: "string" },
    "data-dir": { type: "string" },
  });
  const spotify = readConfig().ingest.spotify;
  if (values.login) return spotifyLogin(spotify, (line) => console.log(line), saveScopes(values.public ?? false));
  const to = values.to as Target | undefined;
  if (!to || !TARGETS.includes(to)) throw new AppError("bad_request", USAGE);
  const mood = positionals.join(" ").trim();
  if ((values.ids === undefined) === (mood === "")) throw new AppError("bad_request", `give either --ids or a mood sentence; ${USAGE}`);
  if (mood.length > MOOD_LIMITS.messageChars) throw new AppError("bad_request", `the mood sentence is longer than ${MOOD_LIMITS.messageChars} characters`);
  if (values.out !== undefined && to === "spotify") throw new AppError("bad_request", "--out is for m3u and json");
  const limit = numberFlag("limit", values.limit, 1, MOOD_LIMITS.limitMax, true);
  const threshold = numberFlag("threshold", values.threshold, 0, 1);
  const dataDir = resolveDataDir(values["data-dir"]);
  // Before any work: without a login there is nothing to save to.
  const tokens = to === "spotify" ? await spotifyUserTokens(spotify) : undefined;
  const picked = await pickSongs({ dataDir, ids: values.ids, mood, limit, threshold });
  if (picked.songs.length === 0) throw new AppError("bad_request", "none of the ids is in the index");
  const name = values.name?.trim() || picked.name;
  if (tokens) {
    const client = createSpotifyClient({ apiBase: spotify.apiBase, tokens });
    const saved = await saveToSpotify({ name, songs: picked.songs, public: values.public }, client, spotify.apiBase);
    for (const s of saved.skipped) console.error(`export: ${s.title} (${s.id}): ${s.reason} (skipped)`);
    console.log(`saved ${saved.added} of ${picked.songs.length} songs to "${name}" → ${saved.url}`);
    return;
  }
  const text = to === "m3u" ? toM3u({ title: name, songs: picked.songs }) : toPlaylistJson({ title: name, songs: picked.songs });
  if (values.out === undefined) return void process.stdout.write(text);
  const out = userPath(values.out);
  await writeFileAtomic(out, text);
  console.error(`export: ${picked.songs.length} songs → ${basename(out)}`);
});

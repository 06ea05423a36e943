import { z } from "zod";

export const LANGUAGES = ["en", "es", "mixed", "other"] as const;
/** The links a song may carry: https://open.spotify.com/ followed by a path with no spaces or controls. */
export const SPOTIFY_WEB_URL = /^https:\/\/open\.spotify\.com\/[^\s\x00-\x1f\x7f]*$/;

/** One song as Moodtape stores it: in catalog files, in the index and in API answers. */
export const SongSchema = z
  .object({
    id: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(300),
    artists: z.array(z.string().trim().min(1).max(200)).min(1).max(20),
    album: z.string().max(300).optional(),
    releaseDate: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
    // null means "unknown" (Spotify no longer sends it to development-mode apps); never 0 for unknown.
    popularity: z.number().int().min(0).max(100).nullable(),
    // Shown as a link: only Spotify's own web player, never javascript:, data: or a look-alike host.
    spotifyUrl: z.string().max(500).regex(SPOTIFY_WEB_URL, "expected an https://open.spotify.com/... link").optional(),
    spotifyUri: z.string().regex(/^spotify:track:[A-Za-z0-9]+$/, "expected spotify:track:<id>").optional(),
    durationMs: z.number().int().nonnegative().optional(),
    lyrics: z.string().max(100_000).nullable().optional(),
    instrumental: z.boolean().optional(),
    /** Which lyrics provider found the lyrics, or why none did (lyrics null). */
    lyricsSource: z.string().max(100).optional(),
    lyricsMissing: z.string().max(300).optional(),
    language: z.enum(LANGUAGES).optional(),
    emotions: z.array(z.string().min(1)).max(8).default([]),
    emotionSource: z.string().optional(),
    /** Per emotion, the lyric line that carries it most strongly (from the song's own lyrics). */
    lines: z.record(z.string().max(60), z.string().max(300)).optional(),
    /** Why a song has fewer than 8 emotions, or how they were found. */
    emotionNote: z.string().optional(),
    /** Why tagging failed (an LLM that did not give 8 usable emotions, a timeout...); a rerun retries it. */
    emotionError: z.string().optional(),
  })
  .strict();

export type Song = z.infer<typeof SongSchema>;
export type SongInput = z.input<typeof SongSchema>;

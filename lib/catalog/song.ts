import { z } from "zod";

export const LANGUAGES = ["en", "es", "mixed", "other"] as const;
/** The links a song may carry: https://open.spotify.com/ followed by a path with no spaces or controls. */
export const SPOTIFY_WEB_URL = /^https:\/\/open\.spotify\.com\/[^\s\x00-\x1f\x7f]*$/;

const unit = (name: string) => z.number().min(0, `${name} must be from 0 to 1`).max(1, `${name} must be from 0 to 1`);

/**
 * Spotify-style audio features as Exportify exports them. Every field is optional (apps Spotify no
 * longer serves them to get empty cells); each is range-checked so a shifted column is caught.
 */
export const AudioFeaturesSchema = z
  .object({
    danceability: unit("danceability").optional(),
    energy: unit("energy").optional(),
    valence: unit("valence").optional(),
    acousticness: unit("acousticness").optional(),
    instrumentalness: unit("instrumentalness").optional(),
    liveness: unit("liveness").optional(),
    speechiness: unit("speechiness").optional(),
    /** Beats per minute. */
    tempo: z.number().min(0).max(300).optional(),
    /** Decibels, about -60 to 0. */
    loudness: z.number().min(-100).max(10).optional(),
    /** Pitch class 0-11; -1 when none was detected. */
    key: z.number().int().min(-1).max(11).optional(),
    /** 1 major, 0 minor. */
    mode: z.number().int().min(0).max(1).optional(),
    timeSignature: z.number().int().min(0).max(12).optional(),
  })
  .strict();
export type AudioFeatures = z.infer<typeof AudioFeaturesSchema>;

const scale9 = z.number().min(1, "expected 1 to 9").max(9, "expected 1 to 9");

/**
 * Crowd mood tags (Last.fm style words, MuSe's seeds) and, when the source has them, valence /
 * arousal / dominance ratings on MuSe's 1-9 scale. Kept so a rerun of `tag` can derive emotions again.
 */
export const MoodTagsSchema = z
  .object({
    words: z.array(z.string().trim().min(1).max(100)).max(100),
    valence: scale9.optional(),
    arousal: scale9.optional(),
    dominance: scale9.optional(),
    /** How many people's tags the ratings summarise (MuSe's number_of_emotion_tags). */
    count: z.number().int().nonnegative().optional(),
  })
  .strict();
export type MoodTags = z.infer<typeof MoodTagsSchema>;

/** Where a song's emotions came from when no lyrics were read: its crowd mood tags. */
export const TAGS_SOURCE = "tags";

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
    /** Genres as the source lists them (Exportify's Genres, MuSe's genre). */
    genres: z.array(z.string().trim().min(1).max(100)).max(30).optional(),
    label: z.string().trim().min(1).max(300).optional(),
    audio: AudioFeaturesSchema.optional(),
    moodTags: MoodTagsSchema.optional(),
    lyrics: z.string().max(100_000).nullable().optional(),
    instrumental: z.boolean().optional(),
    /** Which lyrics provider found the lyrics, or why none did (lyrics null). */
    lyricsSource: z.string().max(100).optional(),
    lyricsMissing: z.string().max(300).optional(),
    language: z.enum(LANGUAGES).optional(),
    emotions: z.array(z.string().min(1)).max(8).default([]),
    /** The tagger's id (engine and vocabulary), or "tags" for emotions derived from mood tags. */
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

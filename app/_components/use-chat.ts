"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { MOOD_LIMITS } from "@/app/api/mood/limits";
import type { MoodRequestBody } from "@/app/api/mood/schema";
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD } from "@/lib/recommend/defaults";
import type { Lang } from "./labels";
import type { Settings } from "./settings-panel";
import type { ChatEntry, MoodAnswerView, MoodStateView, SimilarView, SongView } from "./types";

const STORAGE_KEY = "moodtape:chat:v2";
const DEFAULT_SETTINGS: Settings = { threshold: DEFAULT_THRESHOLD, limit: DEFAULT_LIMIT, sort: "popularity", shift: "match", diverse: true };

interface Saved {
  entries: ChatEntry[];
  shown: string[];
  liked: string[];
  skipped: string[];
  settings: Settings;
}

const isIds = (x: unknown) => Array.isArray(x) && x.every((i) => typeof i === "string");

/** A saved chat in the shape this version writes (an older or damaged one is dropped, not rendered). */
function isSaved(s: Partial<Saved>): s is Saved {
  const entryOk = (e: ChatEntry) =>
    typeof e?.id === "number" &&
    (e.role === "user" || e.role === "assistant") &&
    typeof e.text === "string" &&
    (!e.answer || (Array.isArray(e.answer.songs) && e.answer.songs.every((x) => x && typeof x.links === "object")));
  return Array.isArray(s.entries) && s.entries.every(entryOk) && isIds(s.shown) && isIds(s.liked) && isIds(s.skipped) && typeof s.settings === "object";
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  const body = (await res.json()) as T | { error: { message: string } };
  if (!res.ok || (body && typeof body === "object" && "error" in body)) throw new Error((body as { error?: { message?: string } }).error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

const summary = (a: MoodAnswerView) => (a.emotions.length > 0 ? `Emotions: ${a.emotions.join(", ")}` : (a.message ?? "No emotion found"));

/**
 * The chat's state and its calls to the API: entries, songs shown, liked and skipped, settings,
 * kept in localStorage so a reload keeps the conversation; "New chat" clears it.
 */
export function useChat() {
  const [saved, setSaved] = useState<Saved>({ entries: [], shown: [], liked: [], skipped: [], settings: DEFAULT_SETTINGS });
  const [loading, setLoading] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const nextId = useRef(1);
  const now = useRef(saved);
  now.current = saved;

  useEffect(() => {
    try {
      const raw = localStorage.getItem(STORAGE_KEY);
      const s = raw ? (JSON.parse(raw) as Partial<Saved>) : undefined;
      if (s && isSaved(s)) {
        setSaved({ ...s, settings: { ...DEFAULT_SETTINGS, ...s.settings } });
        nextId.current = Math.max(0, ...s.entries.map((e) => e.id)) + 1;
      } else if (raw) localStorage.removeItem(STORAGE_KEY);
    } catch {
      localStorage.removeItem(STORAGE_KEY);
    }
    setLoaded(true);
  }, []);

  useEffect(() => {
    if (loaded) localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  }, [saved, loaded]);

  const update = useCallback((f: (s: Saved) => Saved) => setSaved((s) => f(s)), []);
  const lastAnswer = () => [...now.current.entries].reverse().find((e) => e.answer);
  const lang: Lang = [...saved.entries].reverse().find((e) => e.lang)?.lang ?? "en";

  function body(extra: Partial<MoodRequestBody>, settings: Settings, exclude: string[]): MoodRequestBody {
    const s = now.current;
    return {
      history: s.entries.filter((e) => !e.error && !e.similar).slice(-MOOD_LIMITS.historyTurns).map((e) => ({ role: e.role, content: e.text.slice(0, MOOD_LIMITS.turnChars) })),
      threshold: settings.threshold,
      limit: settings.limit,
      sort: settings.sort,
      shift: settings.shift,
      diverse: settings.diverse,
      exclude: exclude.slice(-MOOD_LIMITS.excludeIds),
      like: s.liked.slice(-100),
      skip: s.skipped.slice(-MOOD_LIMITS.excludeIds),
      ...extra,
    };
  }

  async function ask(req: MoodRequestBody): Promise<MoodAnswerView> {
    return call<MoodAnswerView>("/api/mood", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(req) });
  }

  /** Sends a message; on a lost connection the message comes back to the caller's box with Retry. */
  async function send(message: string, onFailed: (text: string) => void) {
    const text = message.trim();
    if (text === "" || loading) return;
    const userEntry: ChatEntry = { id: nextId.current++, role: "user", text };
    const state = lastAnswer()?.answer?.state ?? undefined;
    const req = body({ message: text, ...(state ? { state } : {}) }, now.current.settings, now.current.shown);
    update((s) => ({ ...s, entries: [...s.entries.filter((e) => !e.error), userEntry] }));
    setLoading(true);
    try {
      const answer = await ask(req);
      const entry: ChatEntry = { id: nextId.current++, role: "assistant", text: summary(answer), answer, lang: answer.language };
      update((s) => ({ ...s, entries: [...s.entries, entry], shown: [...s.shown, ...answer.songs.map((x) => x.id)] }));
    } catch (e) {
      onFailed(text);
      const error = e instanceof TypeError ? "unreachable" : e instanceof Error ? e.message : "Something went wrong.";
      update((s) => ({ ...s, entries: [...s.entries.filter((x) => x.id !== userEntry.id), { id: nextId.current++, role: "assistant", text, error }] }));
    } finally {
      setLoading(false);
    }
  }

  /** Says in the chat that an action failed (no Retry: the action's button is still there). */
  function failed(e: unknown) {
    const error = e instanceof TypeError ? "unreachable" : e instanceof Error ? e.message : "Something went wrong.";
    update((s) => ({ ...s, entries: [...s.entries, { id: nextId.current++, role: "assistant", text: "", error }] }));
  }

  /** Answers the last mood again with other settings or an edited state, replacing that answer. */
  async function reapply(settings: Settings, state?: MoodStateView, exclude?: string[]) {
    update((s) => ({ ...s, settings }));
    const last = lastAnswer();
    const use = state ?? last?.answer?.state;
    if (!last?.answer || !use) return;
    const own = new Set(last.answer.songs.map((x) => x.id));
    setLoading(true);
    try {
      const answer = await ask(body({ state: use }, settings, exclude ?? now.current.shown.filter((id) => !own.has(id))));
      update((s) => ({
        ...s,
        entries: s.entries.map((e) => (e.id === last.id ? { ...e, answer, text: summary(answer) } : e)),
        shown: [...s.shown.filter((id) => !own.has(id)), ...answer.songs.map((x) => x.id)],
      }));
    } catch (e) {
      failed(e);
    } finally {
      setLoading(false);
    }
  }

  async function moreLike(song: SongView) {
    setLoading(true);
    try {
      const similar = await call<SimilarView>(`/api/songs/${encodeURIComponent(song.id)}/similar?limit=${now.current.settings.limit}&diverse=${now.current.settings.diverse}`);
      update((s) => ({ ...s, entries: [...s.entries, { id: nextId.current++, role: "assistant", text: `Songs like ${song.title}`, similar, lang }] }));
    } catch (e) {
      failed(e);
    } finally {
      setLoading(false);
    }
  }

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));
  return {
    ...saved,
    lang,
    loading,
    send,
    reapply,
    moreLike,
    like: (id: string, on: boolean) => update((s) => ({ ...s, liked: toggle(s.liked, id, on), skipped: toggle(s.skipped, id, false) })),
    skip: (id: string, on: boolean) => update((s) => ({ ...s, skipped: toggle(s.skipped, id, on), liked: toggle(s.liked, id, false) })),
    setSettings: (settings: Settings) => update((s) => ({ ...s, settings })),
    dropError: (id: number) => update((s) => ({ ...s, entries: s.entries.filter((e) => e.id !== id) })),
    reset: () => setSaved({ entries: [], shown: [], liked: [], skipped: [], settings: now.current.settings }),
  };
}

export type ChatApi = ReturnType<typeof useChat>;

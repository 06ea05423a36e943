"use client";

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { MOOD_LIMITS } from "@/app/api/mood/limits";
import { AnswerView, type AnswerHandlers } from "./answer-view";
import { EmotionMap } from "./emotion-map";
import { labelsFor } from "./labels";
import { SettingsPanel } from "./settings-panel";
import { type SongActions, SongCard } from "./song-card";
import type { ChatEntry, MoodAnswerView, SongView } from "./types";
import { useChat } from "./use-chat";

const EXAMPLES = ["I'm heartbroken and can't sleep", "¡hoy quiero bailar toda la noche!", "feeling kind of meh"];

/** Downloads the answer's songs as a playlist file made by POST /api/export. */
async function download(answer: MoodAnswerView, format: "m3u" | "json") {
  const res = await fetch("/api/export", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ songIds: answer.songs.map((s) => s.id), format, title: `Moodtape: ${answer.emotions.slice(0, 3).join(", ")}` }),
  });
  if (!res.ok) return;
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `moodtape.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Chat() {
  const chat = useChat();
  const t = labelsFor(chat.lang);
  const [draft, setDraft] = useState("");
  const [mode, setMode] = useState<string>("…");
  const endRef = useRef<HTMLDivElement>(null);
  const latest = [...chat.entries].reverse().find((e) => e.role === "assistant");

  useEffect(() => {
    fetch("/api/health")
      .then((r) => r.json() as Promise<{ mode?: string; songCount?: number }>)
      .then((h) => setMode(`${h.mode === "offline" ? "offline emotion engine" : (h.mode ?? "unknown")} · ${h.songCount ?? 0} songs`))
      .catch(() => setMode("unavailable"));
  }, []);

  useEffect(() => {
    document.documentElement.lang = chat.lang;
  }, [chat.lang]);

  useEffect(() => {
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    endRef.current?.scrollIntoView({ behavior: reduce ? "auto" : "smooth", block: "end" });
  }, [chat.entries.length]);

  const send = (text: string) => {
    setDraft("");
    void chat.send(text, (back) => setDraft((now) => (now === "" ? back : now)));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      send(draft);
    }
  };
  const actionsFor = (s: SongView): SongActions => ({
    liked: chat.liked.includes(s.id),
    skipped: chat.skipped.includes(s.id),
    onLike: (on) => chat.like(s.id, on),
    onSkip: (on) => chat.skip(s.id, on),
    onMoreLike: () => void chat.moreLike(s),
  });
  const handlers = (answer: MoodAnswerView): AnswerHandlers => ({
    actionsFor,
    onLowerThreshold: (to) => void chat.reapply({ ...chat.settings, threshold: to }),
    onState: (state) => void chat.reapply(chat.settings, state),
    onAllowRepeats: () => void chat.reapply(chat.settings, undefined, []),
    onExport: (format) => void download(answer, format),
  });

  const render = (e: ChatEntry) => {
    if (e.role === "user") {
      return (
        <p key={e.id} className="max-w-[85%] self-end whitespace-pre-wrap rounded-2xl bg-amber-400 px-4 py-2 text-zinc-900 [overflow-wrap:anywhere]" data-testid="user-message">
          {e.text}
        </p>
      );
    }
    if (e.error) {
      return (
        <div key={e.id} role="alert" data-testid="send-error" className="flex flex-wrap items-center gap-2 rounded-lg border border-red-500/50 bg-red-500/10 px-3 py-2 text-sm text-red-300">
          <span>{e.error === "unreachable" ? t.unreachable : e.error}</span>
          {e.text !== "" ? (
            <button type="button" disabled={chat.loading} onClick={() => (chat.dropError(e.id), send(e.text))} className="rounded bg-red-300 px-2 py-0.5 font-medium text-zinc-900 hover:bg-red-200 disabled:opacity-50">
              {t.retry}
            </button>
          ) : null}
        </div>
      );
    }
    if (e.similar) {
      return (
        <div key={e.id} className="flex flex-col gap-2" data-testid="similar" lang={e.lang}>
          <p className="text-sm text-zinc-400">
            {t.similarTo} “{e.similar.song.title}”
          </p>
          <ol className="flex flex-col gap-2">
            {e.similar.songs.map((s) => (
              <SongCard key={s.id} song={s} t={t} actions={actionsFor(s)} />
            ))}
          </ol>
        </div>
      );
    }
    return <AnswerView key={e.id} answer={e.answer!} t={t} lang={e.lang ?? "en"} h={handlers(e.answer!)} />;
  };

  return (
    <section className="flex flex-1 flex-col gap-4" aria-label="Chat">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-zinc-400" data-testid="mode">
          Mode: {mode}
        </p>
        {chat.entries.length > 0 ? (
          <button type="button" onClick={chat.reset} className="rounded border border-zinc-600 px-2 py-0.5 text-xs hover:border-amber-400" data-testid="new-chat">
            {t.newChat}
          </button>
        ) : null}
      </div>
      <SettingsPanel settings={chat.settings} onChange={chat.setSettings} onCommit={(s) => void chat.reapply(s)} />
      <EmotionMap highlight={[...chat.entries].reverse().find((e) => e.answer)?.answer?.songs.map((s) => s.id) ?? []} t={t} actionsFor={actionsFor} />
      {/* One live region, saying only the newest answer (not the whole chat) to screen readers. */}
      <p className="sr-only" aria-live="polite" data-testid="live">
        {latest?.error ? (latest.error === "unreachable" ? t.unreachable : latest.error) : latest?.answer ? `${latest.answer.songs.length} songs. ${latest.text}` : (latest?.text ?? "")}
      </p>
      <div className="flex flex-1 flex-col gap-4">
        {chat.entries.length === 0 ? (
          <div className="flex flex-wrap items-center gap-2 text-zinc-400">
            <span>{t.tryThese}</span>
            {EXAMPLES.map((example) => (
              <button key={example} type="button" onClick={() => send(example)} className="rounded-full border border-zinc-600 px-3 py-1 text-sm text-zinc-200 hover:border-amber-400 focus-visible:outline-2 focus-visible:outline-amber-200" data-testid="example">
                {example}
              </button>
            ))}
          </div>
        ) : null}
        {chat.entries.map(render)}
        {chat.loading ? (
          <p className="text-sm text-zinc-400" role="status">
            {t.finding}
          </p>
        ) : null}
        {/* The sticky input bar covers the bottom of the viewport: stop scrolling above it. */}
        <div ref={endRef} className="scroll-mb-40" />
      </div>
      <form onSubmit={onSubmit} className="sticky bottom-0 flex gap-2 bg-zinc-900 py-2">
        <label htmlFor="mood" className="sr-only">
          How do you feel?
        </label>
        <textarea id="mood" value={draft} maxLength={MOOD_LIMITS.messageChars} rows={2} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} placeholder={t.placeholder} className="flex-1 resize-none rounded-lg border border-zinc-600 bg-zinc-800 px-3 py-2 focus:border-amber-400 focus:outline-none" />
        <button type="submit" disabled={chat.loading || draft.trim() === ""} className="rounded-lg bg-amber-400 px-4 font-medium text-zinc-900 hover:bg-amber-300 focus-visible:outline-2 focus-visible:outline-amber-200 disabled:opacity-50">
          {t.send}
        </button>
      </form>
    </section>
  );
}

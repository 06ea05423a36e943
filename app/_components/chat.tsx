"use client";

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { MOOD_LIMITS } from "@/app/api/mood/limits";
import type { MoodRequestBody } from "@/app/api/mood/schema";
import { DEFAULT_LIMIT, DEFAULT_THRESHOLD } from "@/lib/recommend/defaults";
import { AnswerView } from "./answer-view";
import { type Settings, SettingsPanel } from "./settings-panel";
import type { ChatEntry, MoodAnswerView } from "./types";

const MAX_HISTORY = MOOD_LIMITS.historyTurns;
const EXAMPLES = ["I'm heartbroken and can't sleep", "¡hoy quiero bailar toda la noche!", "feeling kind of meh"];

function summary(answer: MoodAnswerView): string {
  return answer.emotions.length > 0 ? `Emotions: ${answer.emotions.join(", ")}` : "No emotion found";
}

export function Chat() {
  const [entries, setEntries] = useState<ChatEntry[]>([]);
  const [draft, setDraft] = useState("");
  const [loading, setLoading] = useState(false);
  const [settings, setSettings] = useState<Settings>({ threshold: DEFAULT_THRESHOLD, limit: DEFAULT_LIMIT, sort: "popularity" });
  const [mode, setMode] = useState<string>("…");
  const shown = useRef(new Set<string>());
  const nextId = useRef(1);
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    fetch("/api/health")
      .then((r) => r.json() as Promise<{ mode?: string; songCount?: number }>)
      .then((h) => setMode(`${h.mode === "offline" ? "offline emotion engine" : (h.mode ?? "unknown")} · ${h.songCount ?? 0} songs`))
      .catch(() => setMode("unavailable"));
  }, []);

  useEffect(() => {
    endRef.current?.scrollIntoView({ behavior: "smooth", block: "end" });
  }, [entries]);

  async function send(message: string, use: Settings, history: ChatEntry[]) {
    const text = message.trim();
    if (text === "" || loading) return;
    const userEntry: ChatEntry = { id: nextId.current++, role: "user", text };
    setEntries([...history, userEntry]);
    setDraft("");
    setLoading(true);
    try {
      const res = await fetch("/api/mood", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          message: text,
          history: history.slice(-MAX_HISTORY).map((e) => ({ role: e.role, content: e.text.slice(0, MOOD_LIMITS.turnChars) })),
          threshold: use.threshold,
          limit: use.limit,
          sort: use.sort,
          exclude: [...shown.current].slice(-MOOD_LIMITS.excludeIds),
        } satisfies MoodRequestBody),
      });
      const body = (await res.json()) as MoodAnswerView | { error: { message: string } };
      if (!res.ok || "error" in body) throw new Error("error" in body ? body.error.message : `HTTP ${res.status}`);
      body.songs.forEach((s) => shown.current.add(s.id));
      setEntries((now) => [...now, { id: nextId.current++, role: "assistant", text: summary(body), answer: body }]);
    } catch (e) {
      // A dropped connection says "Failed to fetch": say it in words, and give the message back to retry.
      const offline = e instanceof TypeError;
      const error = offline ? "Moodtape could not be reached. Your message is back in the box: try again." : e instanceof Error ? e.message : "Something went wrong.";
      setDraft((now) => (now === "" ? text : now));
      setEntries((now) => [...now.filter((x) => x.id !== userEntry.id), { id: nextId.current++, role: "assistant", text, error }]);
    } finally {
      setLoading(false);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void send(draft, settings, entries);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault();
      void send(draft, settings, entries);
    }
  }

  function lowerThreshold(to: number) {
    const next = { ...settings, threshold: to };
    setSettings(next);
    const lastUser = [...entries].reverse().find((e) => e.role === "user");
    if (lastUser) void send(lastUser.text, next, entries.slice(0, entries.indexOf(lastUser)));
  }

  return (
    <section className="flex flex-1 flex-col gap-4" aria-label="Chat">
      <p className="text-xs text-zinc-400" data-testid="mode">
        Mode: {mode}
      </p>
      <SettingsPanel settings={settings} onChange={setSettings} />
      <div className="flex flex-1 flex-col gap-4" aria-live="polite">
        {entries.length === 0 ? (
          <div className="flex flex-wrap items-center gap-2 text-zinc-400">
            <span>Try</span>
            {EXAMPLES.map((example) => (
              <button
                key={example}
                type="button"
                onClick={() => void send(example, settings, entries)}
                className="rounded-full border border-zinc-600 px-3 py-1 text-sm text-zinc-200 hover:border-amber-400 focus-visible:outline-2 focus-visible:outline-amber-200"
                data-testid="example"
              >
                {example}
              </button>
            ))}
          </div>
        ) : null}
        {entries.map((e) =>
          e.role === "user" ? (
            <p
              key={e.id}
              className="max-w-[85%] self-end whitespace-pre-wrap rounded-2xl bg-amber-400 px-4 py-2 text-zinc-900 [overflow-wrap:anywhere]"
              data-testid="user-message"
            >
              {e.text}
            </p>
          ) : e.error ? (
            <div key={e.id} role="alert" data-testid="send-error" className="flex flex-wrap items-center gap-2 rounded-lg border border-red-500/50 bg-red-500/10 px-3 py-2 text-sm text-red-300">
              <span>{e.error}</span>
              <button
                type="button"
                disabled={loading}
                onClick={() => {
                  setDraft("");
                  void send(e.text, settings, entries.filter((x) => x.id !== e.id));
                }}
                className="rounded bg-red-300 px-2 py-0.5 font-medium text-zinc-900 hover:bg-red-200 disabled:opacity-50"
              >
                Retry
              </button>
            </div>
          ) : (
            <AnswerView key={e.id} answer={e.answer!} onLowerThreshold={lowerThreshold} />
          ),
        )}
        {loading ? (
          <p className="text-sm text-zinc-400" role="status">
            Finding songs…
          </p>
        ) : null}
        {/* The sticky input bar covers the bottom of the viewport: stop scrolling above it. */}
        <div ref={endRef} className="scroll-mb-40" />
      </div>
      <form onSubmit={onSubmit} className="sticky bottom-0 flex gap-2 bg-zinc-900 py-2">
        <label htmlFor="mood" className="sr-only">
          How do you feel?
        </label>
        <textarea
          id="mood"
          value={draft}
          maxLength={MOOD_LIMITS.messageChars}
          rows={2}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          placeholder="How do you feel? / ¿Cómo te sientes?"
          className="flex-1 resize-none rounded-lg border border-zinc-600 bg-zinc-800 px-3 py-2 focus:border-amber-400 focus:outline-none"
        />
        <button
          type="submit"
          disabled={loading || draft.trim() === ""}
          className="rounded-lg bg-amber-400 px-4 font-medium text-zinc-900 hover:bg-amber-300 focus-visible:outline-2 focus-visible:outline-amber-200 disabled:opacity-50"
        >
          Send
        </button>
      </form>
    </section>
  );
}

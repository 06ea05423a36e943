import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { AIMessage, BaseMessage } from "@langchain/core/messages";
import { AppError } from "@/lib/errors";
import { parseEmotionList } from "./parse-emotion-list";

export type { TaggerUsage as LlmUsage } from "@/lib/catalog/tag-catalog";
import type { TaggerUsage as LlmUsage } from "@/lib/catalog/tag-catalog";

/** A run that cannot go on: the account has no quota left. Progress is kept by the caller. */
export class QuotaExceededError extends AppError {
  constructor(cause: unknown) {
    super("upstream_unavailable", "The LLM provider says the quota is used up (insufficient_quota); stopping. Progress is saved.", { cause });
  }
}

export function errorCode(e: unknown): string | undefined {
  const err = e as { code?: unknown; error?: { code?: unknown } };
  return [err?.code, err?.error?.code].find((c): c is string => typeof c === "string");
}

export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === "number" ? s : undefined;
}

/** A short reason for a failed call, safe to store and print (no keys, no bodies). */
export function failureReason(e: unknown): string {
  if (httpStatus(e)) return `HTTP ${httpStatus(e)}`;
  return (e as Error)?.name === "TimeoutError" || /timed? ?out|abort/i.test(String((e as Error)?.message)) ? "timeout" : "request failed";
}

function textOf(message: BaseMessage): string {
  return typeof message.content === "string" ? message.content : JSON.stringify(message.content);
}

const RECORD_TOOL = {
  type: "function" as const,
  function: {
    name: "record_emotions",
    description: "Record the emotions, most important first.",
    parameters: {
      type: "object",
      properties: { emotions: { type: "array", items: { type: "string" } } },
      required: ["emotions"],
      additionalProperties: false,
    },
  },
};
const MAX_RATE_LIMIT_WAITS = 3;
const MAX_WAIT_MS = 30_000;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** How long a 429 asks us to wait: Retry-After (seconds or a date), else a growing backoff with jitter. */
export function rateLimitWaitMs(e: unknown, attempt: number): number {
  const headers = (e as { headers?: Headers | Record<string, string> })?.headers;
  const value = headers instanceof Headers ? headers.get("retry-after") : headers?.["retry-after"];
  const seconds = Number(value);
  const fromHeader = Number.isFinite(seconds) ? seconds * 1000 : value ? Date.parse(value) - Date.now() : NaN;
  const backoff = 1000 * 2 ** attempt;
  const ms = Number.isFinite(fromHeader) && fromHeader >= 0 ? fromHeader : backoff;
  return Math.min(MAX_WAIT_MS, ms + Math.random() * 250);
}

function termsOf(message: AIMessage): string[] {
  const call = message.tool_calls?.[0]?.args as { emotions?: unknown } | undefined;
  if (Array.isArray(call?.emotions)) return call.emotions.map(String);
  const broken = message.invalid_tool_calls?.[0]?.args;
  return parseEmotionList(typeof broken === "string" ? broken : textOf(message));
}

/**
 * Asks a chat model for a list of emotions: a forced tool call first (structured output); on a
 * server without tools (400/404/422) a plain answer parsed as a list, for the rest of the run.
 * A 429 waits for Retry-After (capped) and tries again; insufficient_quota is thrown at once.
 * Counts calls and tokens.
 */
export function createEmotionAsker(model: BaseChatModel) {
  let structured = true;
  const usage: LlmUsage = { calls: 0, inputTokens: 0, outputTokens: 0, rawTerms: new Set(), keptTerms: new Set() };
  const withTool = model.bindTools?.([RECORD_TOOL], { tool_choice: { type: "function", function: { name: RECORD_TOOL.function.name } } });

  async function call(messages: BaseMessage[], signal?: AbortSignal): Promise<AIMessage> {
    for (let attempt = 0; ; attempt++) {
      try {
        if (structured && withTool) {
          try {
            return (await withTool.invoke(messages, { signal })) as AIMessage;
          } catch (e) {
            if (![400, 404, 422].includes(httpStatus(e) ?? 0)) throw e;
            structured = false;
          }
        }
        return (await model.invoke(messages, { signal })) as AIMessage;
      } catch (e) {
        if (httpStatus(e) !== 429 || errorCode(e) === "insufficient_quota" || attempt >= MAX_RATE_LIMIT_WAITS) throw e;
        usage.calls++;
        await sleep(rateLimitWaitMs(e, attempt), signal);
      }
    }
  }

  async function ask(messages: BaseMessage[], options: { signal?: AbortSignal } = {}): Promise<{ terms: string[]; reply: string }> {
    const message = await call(messages, options.signal);
    usage.calls++;
    usage.inputTokens += message.usage_metadata?.input_tokens ?? 0;
    usage.outputTokens += message.usage_metadata?.output_tokens ?? 0;
    const terms = termsOf(message);
    terms.forEach((t) => usage.rawTerms.add(t.toLowerCase().trim()));
    return { terms, reply: terms.join(", ") || textOf(message) };
  }

  return { ask, usage };
}

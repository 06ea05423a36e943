import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { AIMessage, BaseMessage } from "@langchain/core/messages";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseEmotionList } from "./parse-emotion-list";

const EmotionsSchema = z.object({ emotions: z.array(z.string()).describe("emotions, most important first") });

export interface LlmUsage {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  /** Distinct terms as the model wrote them (lower-cased), and after normalisation. */
  rawTerms: Set<string>;
  keptTerms: Set<string>;
}

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

/**
 * Asks a chat model for a list of emotions: structured output first; on a server without it
 * (400/404/422) a plain answer parsed as a list, for the rest of the run. Counts calls and tokens.
 */
export function createEmotionAsker(model: BaseChatModel) {
  let structured = true;
  const usage: LlmUsage = { calls: 0, inputTokens: 0, outputTokens: 0, rawTerms: new Set(), keptTerms: new Set() };

  function count(message: BaseMessage | undefined): void {
    usage.calls++;
    const meta = (message as AIMessage | undefined)?.usage_metadata;
    usage.inputTokens += meta?.input_tokens ?? 0;
    usage.outputTokens += meta?.output_tokens ?? 0;
  }

  async function ask(messages: BaseMessage[], options: { signal?: AbortSignal } = {}): Promise<{ terms: string[]; reply: string }> {
    if (structured) {
      try {
        const r = (await model.withStructuredOutput(EmotionsSchema, { includeRaw: true }).invoke(messages, options)) as {
          raw: BaseMessage;
          parsed: z.infer<typeof EmotionsSchema> | null;
        };
        count(r.raw);
        const reply = textOf(r.raw);
        const terms = r.parsed?.emotions.map(String) ?? parseEmotionList(reply);
        terms.forEach((t) => usage.rawTerms.add(t.toLowerCase().trim()));
        return { terms, reply };
      } catch (e) {
        if (![400, 404, 422].includes(httpStatus(e) ?? 0)) throw e;
        structured = false;
      }
    }
    const message = await model.invoke(messages, options);
    count(message);
    const reply = textOf(message);
    const terms = parseEmotionList(reply);
    terms.forEach((t) => usage.rawTerms.add(t.toLowerCase().trim()));
    return { terms, reply };
  }

  return { ask, usage };
}

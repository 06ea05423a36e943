import { z } from "zod";
import { SORTS } from "@/lib/recommend/recommend";
import { MOOD_LIMITS as L } from "./limits";

export { MOOD_LIMITS } from "./limits";
export const MAX_BODY_BYTES = L.bodyBytes;

/** The one contract of POST /api/mood: the route parses with it; the chat and the CLI use its type and limits. */
export const MoodRequestSchema = z
  .object({
    message: z.string().trim().min(1, "message is empty").max(L.messageChars, `message is longer than ${L.messageChars} characters`),
    history: z
      .array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(L.turnChars) }).strict())
      .max(L.historyTurns, `history holds at most ${L.historyTurns} turns`)
      .optional(),
    threshold: z.number().min(0).max(1).optional(),
    limit: z.number().int().min(1).max(L.limitMax).optional(),
    sort: z.enum(SORTS).optional(),
    exclude: z.array(z.string().max(L.idChars)).max(L.excludeIds).optional(),
  })
  .strict();

export type MoodRequestBody = z.infer<typeof MoodRequestSchema>;

import { z } from "zod";
import { MoodStateSchema } from "@/lib/recommend/mood-state";
import { SORTS } from "@/lib/recommend/recommend";
import { MOOD_LIMITS as L } from "./limits";

export { MOOD_LIMITS } from "./limits";
export const MAX_BODY_BYTES = L.bodyBytes;

const ids = (max: number) => z.array(z.string().min(1).max(L.idChars)).max(max);

/** The one contract of POST /api/mood: the route parses with it; the chat and the CLI use its type and limits. */
export const MoodRequestSchema = z
  .object({
    message: z.string().trim().min(1, "message is empty").max(L.messageChars, `message is longer than ${L.messageChars} characters`).optional(),
    history: z
      .array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(L.turnChars) }).strict())
      .max(L.historyTurns, `history holds at most ${L.historyTurns} turns`)
      .optional(),
    threshold: z.number().min(0).max(1).optional(),
    limit: z.number().int().min(1).max(L.limitMax).optional(),
    sort: z.enum(SORTS).optional(),
    exclude: ids(L.excludeIds).optional(),
    like: ids(100).optional(),
    skip: ids(L.excludeIds).optional(),
    shift: z.enum(["match", "lift"]).optional(),
    diverse: z.boolean().optional(),
    state: MoodStateSchema.optional(),
  })
  .strict()
  .refine((b) => b.message !== undefined || b.state !== undefined, { message: "message is required (it may be left out only when state is sent)", path: ["message"] });

export type MoodRequestBody = z.infer<typeof MoodRequestSchema>;

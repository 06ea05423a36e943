import { z } from "zod";
import { SORTS } from "@/lib/recommend/recommend";

export const MAX_BODY_BYTES = 16 * 1024;

export const MoodRequestSchema = z
  .object({
    message: z.string().trim().min(1, "message is empty").max(500, "message is longer than 500 characters"),
    history: z
      .array(z.object({ role: z.enum(["user", "assistant"]), content: z.string().max(2000) }).strict())
      .max(20, "history holds at most 20 turns")
      .optional(),
    threshold: z.number().min(0).max(1).optional(),
    limit: z.number().int().min(1).max(50).optional(),
    sort: z.enum(SORTS).optional(),
    exclude: z.array(z.string().max(200)).max(500).optional(),
  })
  .strict();

import { z } from "zod";
import { MOOD_LIMITS as L } from "@/app/api/mood/limits";
import { EXPORT_FORMATS } from "@/lib/recommend/playlist-export";

export const EXPORT_BODY_BYTES = 64 * 1024;

/** POST /api/export: the songs (by id, in order) and the file format. */
export const ExportRequestSchema = z
  .object({
    songIds: z.array(z.string().min(1).max(L.idChars)).min(1, "songIds is empty").max(500),
    format: z.enum(EXPORT_FORMATS),
    title: z.string().max(200).optional(),
  })
  .strict();

/**
 * The bounds of a POST /api/mood request, in one place: the route's schema enforces them, the chat
 * and the CLI keep within them. No zod here, so the browser bundle can import it.
 */
export const MOOD_LIMITS = {
  bodyBytes: 64 * 1024,
  messageChars: 500,
  historyTurns: 20,
  turnChars: 2000,
  limitMax: 50,
  excludeIds: 500,
  idChars: 200,
} as const;

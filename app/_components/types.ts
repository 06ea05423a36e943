// The shapes the chat receives from POST /api/mood. Type-only imports: no server code reaches the client.
import type { MoodAnswer } from "@/lib/recommend/answer-mood";
import type { RecommendedSong } from "@/lib/recommend/recommend";

export type SongView = RecommendedSong;
export type MoodAnswerView = MoodAnswer;

export interface ChatEntry {
  id: number;
  role: "user" | "assistant";
  text: string;
  answer?: MoodAnswerView;
  error?: string;
}

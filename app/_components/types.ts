// The shapes the chat receives from the API. Type-only imports: no server code reaches the client.
import type { MoodAnswer } from "@/lib/recommend/answer-mood";
import type { RecommendedSong } from "@/lib/recommend/recommend";
import type { Lang } from "./labels";

export type SongView = RecommendedSong;
export type MoodAnswerView = MoodAnswer;
export type MoodStateView = NonNullable<MoodAnswer["state"]>;

export interface SimilarView {
  song: SongView;
  songs: SongView[];
}

export interface ChatEntry {
  id: number;
  role: "user" | "assistant";
  text: string;
  lang?: Lang;
  answer?: MoodAnswerView;
  similar?: SimilarView;
  error?: string;
}

// The shapes the chat receives from POST /api/mood (kept here so client code imports no server code).

export interface SongView {
  id: string;
  title: string;
  artists: string[];
  popularity: number | null;
  similarity: number;
  emotions: string[];
  sharedEmotions: string[];
  spotifyUrl: string | null;
  album?: string;
  releaseDate?: string;
  language?: string;
}

export interface MoodAnswerView {
  emotions: string[];
  threshold: number;
  songs: SongView[];
  belowThreshold: SongView[];
  message?: string;
  mode: string;
  refined: boolean;
  languages: string[] | null;
}

export interface ChatEntry {
  id: number;
  role: "user" | "assistant";
  text: string;
  answer?: MoodAnswerView;
  error?: string;
}

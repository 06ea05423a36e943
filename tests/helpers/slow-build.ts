// Child process for the kill -9 test: starts a rebuild of the index in argv[2], writes the marker
// file argv[3] after the first batch is on disk, then hangs until it is killed.
import { writeFile } from "node:fs/promises";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";
import { VOCABULARY_VERSION } from "@/lib/emotions/vocabulary";
import { buildSongIndex } from "@/lib/store/song-index";
import { song } from "./songs";

const [indexDir, marker] = process.argv.slice(2) as [string, string];
const songs = Array.from({ length: 5000 }, (_, i) => song(`joy-${i}`, ["joy", "euphoria"]));
await buildSongIndex(
  { indexDir, songs, embeddings: new OfflineEmotionEmbeddings(), vocabularyVersion: VOCABULARY_VERSION },
  {
    afterBatch: async () => {
      await writeFile(marker, "half-way");
      await new Promise(() => undefined);
    },
  },
);

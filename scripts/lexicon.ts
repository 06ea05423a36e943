// npm run lexicon: rebuilds lib/emotions/lexicon/generated/ from WordNet, VADER and AFINN-es and our
// own seeds (the vocabulary and the arousal cues). Commit the result; a test checks it is current.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileAtomic } from "@/lib/fs/atomic-file";
import { runMain } from "@/lib/cli";
import { generateLexicon } from "@/lib/emotions/lexicon/generate";

const OUT = fileURLToPath(new URL("../lib/emotions/lexicon/generated/", import.meta.url));

runMain("lexicon", async () => {
  for (const [name, content] of Object.entries(generateLexicon())) {
    await writeFileAtomic(join(OUT, name), content);
    console.log(`${name}: ${(JSON.parse(content) as unknown[]).length} entries`);
  }
});

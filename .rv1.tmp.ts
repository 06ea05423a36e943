import { createOfflineEngine } from "@/lib/emotions/engine";
import { readMessage } from "@/lib/recommend/conversation";
import { readTurn } from "@/lib/recommend/follow-up";
import { applyEdits } from "@/lib/recommend/mood-edit";
import { stateFromEmotions } from "@/lib/recommend/mood-state";
const engine = createOfflineEngine();
const base = (m: string) => (readMessage(m, null, engine) as any).state;
const st = base("I want to cry but also dance");
console.log("base", JSON.stringify(st.emotions));
for (const m of ["not so sad", "I'm not sad anymore, I'm happy", "I don't like this", "no, I'm actually angry", "I feel lonely", "I'm not happy", "I like it", "like the first one", "I feel like dancing", "no more sad songs", "more like this", "not really", "I'm so sad now", "more", "I love this song", "no", "something happy", "less", "no spanish", "dont want spanish songs", "I don't want to cry", "play the last song again", "now I'm angry", "happy", "I'm fine now thanks", "songs like Shakira", "the first one was good", "not english", "actually I feel calm", "more like a 12th", "more like 0"]) {
  const t = readTurn(m, engine);
  const r = readMessage(m, st, engine);
  console.log(JSON.stringify(m), "=>", r.kind, JSON.stringify(t.edits), "rest:", t.rest, r.kind === "edit" ? JSON.stringify(r.emotions) : r.kind === "new" ? JSON.stringify(r.state.emotions.map((e:any)=>e.term)) : "");
}

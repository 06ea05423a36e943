import { Embeddings } from "@langchain/core/embeddings";
import { describe, expect, it } from "vitest";
import { OfflineEmotionEmbeddings } from "@/lib/embeddings/emotion-embeddings";

const emb = new OfflineEmotionEmbeddings();

function cos(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  a.forEach((x, i) => {
    dot += x * b[i]!;
    na += x * x;
    nb += b[i]! * b[i]!;
  });
  return dot / Math.sqrt(na * nb);
}

async function sim(a: string, b: string): Promise<number> {
  return cos(await emb.embedQuery(a), await emb.embedQuery(b));
}

describe("OfflineEmotionEmbeddings", () => {
  it("is a LangChain Embeddings with a fixed dimension and unit vectors", async () => {
    expect(emb).toBeInstanceOf(Embeddings);
    const [v] = await emb.embedDocuments(["sadness, longing, heartbreak"]);
    expect(v).toHaveLength(emb.dimension);
    expect(Math.hypot(...v!)).toBeCloseTo(1, 5);
  });

  it("puts sad lists nearer each other than joyful ones", async () => {
    const near = await sim("sadness, loneliness", "heartbreak, sorrow");
    const far = await sim("sadness, loneliness", "joy, excitement");
    expect(near).toBeGreaterThan(far + 0.3);
    expect(await sim("anger, rage", "frustration, resentment")).toBeGreaterThan(await sim("anger, rage", "serenity, calm"));
    expect(await sim("nostalgia", "nostalgia")).toBeCloseTo(1, 5);
  });

  it("folds derivative words and Spanish to the same vector", async () => {
    expect(await sim("sad, betrayed", "sadness, betrayal")).toBeCloseTo(1, 5);
  });

  it("weighs the first emotions of a ranked list more", async () => {
    const sadFirst = await emb.embedQuery("sadness, grief, joy");
    const joyFirst = await emb.embedQuery("joy, grief, sadness");
    const sad = await emb.embedQuery("sadness");
    expect(cos(sadFirst, sad)).toBeGreaterThan(cos(joyFirst, sad));
  });

  it("is deterministic and gives zeros for text with no emotion", async () => {
    expect(await emb.embedQuery("hope, awe")).toEqual(await new OfflineEmotionEmbeddings().embedQuery("hope, awe"));
    expect((await emb.embedQuery("carburettor")).every((x) => x === 0)).toBe(true);
  });
});

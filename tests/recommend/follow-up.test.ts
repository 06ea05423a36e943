import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createOfflineEngine } from "@/lib/emotions/engine";
import { needsCare } from "@/lib/recommend/care";
import { readMessage } from "@/lib/recommend/conversation";
import { type Edit, readTurn } from "@/lib/recommend/follow-up";
import { applyEdits } from "@/lib/recommend/mood-edit";
import { MoodStateSchema, stateFromEmotions } from "@/lib/recommend/mood-state";

const engine = createOfflineEngine();
const kinds = (message: string) => readTurn(message, engine).edits.map((e) => e.kind);
const edit = (message: string, kind: Edit["kind"]) => readTurn(message, engine).edits.find((e) => e.kind === kind);

describe("reading a follow-up", () => {
  it("reads less / more / not of an emotion, in English and Spanish", () => {
    expect(edit("not so sad", "less")).toEqual({ kind: "less", term: "sadness" });
    expect(edit("menos triste", "less")).toEqual({ kind: "less", term: "sadness" });
    expect(edit("no tan triste", "less")).toEqual({ kind: "less", term: "sadness" });
    expect(edit("more romantic", "more")).toMatchObject({ kind: "more" });
    expect(edit("not angry", "avoid")).toEqual({ kind: "avoid", term: "anger" });
    expect(edit("nada de rabia", "avoid")).toMatchObject({ kind: "avoid" });
  });

  it("reads directions, languages, 'more like the Nth' and 'again'", () => {
    expect(edit("something more upbeat", "shift")).toMatchObject({ valence: expect.any(Number) });
    expect((edit("calmer please", "shift") as { arousal: number }).arousal).toBeLessThan(0);
    expect((edit("más alegre", "shift") as { valence: number }).valence).toBeGreaterThan(0);
    expect(edit("only Spanish songs", "only-language")).toEqual({ kind: "only-language", languages: ["es"] });
    expect(edit("solo canciones en inglés", "only-language")).toEqual({ kind: "only-language", languages: ["en"] });
    expect(edit("no Spanish songs", "no-language")).toEqual({ kind: "no-language", language: "es" });
    expect(kinds("any language is fine")).toContain("any-language");
    expect(edit("more like the second one", "like-song")).toEqual({ kind: "like-song", position: 2 });
    expect(edit("como la tercera", "like-song")).toEqual({ kind: "like-song", position: 3 });
    expect(edit("more like #4", "like-song")).toEqual({ kind: "like-song", position: 4 });
    expect(edit("more like the last one", "like-song")).toEqual({ kind: "like-song", position: -1 });
    expect(kinds("again")).toContain("again");
    expect(kinds("otra vez")).toContain("again");
  });

  it("tells a new mood from a follow-up from neither", () => {
    const state = stateFromEmotions(["sadness", "longing"]);
    expect(readMessage("I'm furious at my boss", state, engine).kind).toBe("new");
    expect(readMessage("not so sad", state, engine).kind).toBe("edit");
    expect(readMessage("and a bit angry too", state, engine)).toMatchObject({ kind: "edit", emotions: expect.arrayContaining(["anger"]) });
    expect(readMessage("blorp", state, engine).kind).toBe("unreadable");
    expect(readMessage("something upbeat", null, engine)).toMatchObject({ kind: "new" });
    expect((readMessage("something upbeat", null, engine) as { state: { emotions: unknown[] } }).state.emotions.length).toBeGreaterThan(0);
  });

  it("reads words named like object properties as words", () => {
    for (const m of ["more like the constructor", "only __proto__ songs", "toString", "like hasOwnProperty"]) {
      const r = readMessage(m, stateFromEmotions(["joy"]), engine);
      if (r.kind === "edit") MoodStateSchema.parse(applyEdits(stateFromEmotions(["joy"]), r.edits, r.emotions));
      expect(readTurn(m, engine).edits.every((e) => e.kind !== "only-language" && e.kind !== "like-song")).toBe(true);
    }
  });

  it("edits keep the state valid, and reading never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = readMessage(text, stateFromEmotions(["joy", "energy"]), engine);
        if (r.kind === "edit") MoodStateSchema.parse(applyEdits(stateFromEmotions(["joy", "energy"]), r.edits, r.emotions));
      }),
      { numRuns: 300 },
    );
  });

  it("'less sad' lowers sadness and brightens; 'not angry' leaves the opposite when anger was all", () => {
    const less = applyEdits(stateFromEmotions(["heartbreak", "sadness"]), [{ kind: "less", term: "sadness" }], []);
    expect(less.emotions.find((e) => e.term === "sadness")!.weight).toBeLessThan(0.5);
    expect(less.shift.valence).toBeGreaterThan(0);
    const notAngry = applyEdits(stateFromEmotions(["anger"]), [{ kind: "avoid", term: "anger" }], []);
    expect(notAngry.emotions.length).toBe(1);
    expect(notAngry.avoid).toEqual(["anger"]);
  });
});

describe("follow-ups that are not what they seem", () => {
  it("ignores filler, reads 'I don't like this one' and 'I feel like this' as no song, and 'don't want English' as no English", () => {
    expect(readTurn("calmer please", engine).rest).toBe("");
    expect(kinds("I don't like this one")).not.toContain("like-song");
    expect(kinds("I feel like this")).not.toContain("like-song");
    expect(edit("I don't want English songs", "no-language")).toEqual({ kind: "no-language", language: "en" });
    expect(kinds("I don't want English songs")).not.toContain("only-language");
    const state = stateFromEmotions(["celebration", "sadness"]);
    expect(readMessage("now I'm angry", state, engine).kind).toBe("new");
  });
});

describe("care", () => {
  it("hears distress in English and Spanish", () => {
    for (const m of ["I want to die", "i wanna kill myself", "I don't want to live anymore", "thinking about ending my life", "no quiero vivir más", "me quiero morir", "quiero quitarme la vida", "ganas de morirme", "estoy cansado de vivir", "ojalá estuviera muerto", "quisiera no despertar", "I wish I could never wake up", "I can't go on"]) {
      expect(needsCare(m), m).toBe(true);
    }
  });

  it("does not hear it in everyday phrases", () => {
    for (const m of ["this song kills me", "me muero de risa", "I'm dying to see you", "killing it today", "I don't want to die without dancing", "no quiero morir sin bailar contigo", "me mata de amor", "no puedo vivir sin ti", "I'm not suicidal, just sad", "I'd never hurt myself", "I am not going to kill myself", "songs about suicide prevention"]) {
      expect(needsCare(m), m).toBe(false);
    }
  });
});

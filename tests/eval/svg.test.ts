import { describe, expect, it } from "vitest";
import { scatterSvg } from "@/lib/eval/scatter-svg";
import { PALETTE, boxPlotSvg, boxStats, escapeXml, quantile } from "@/lib/eval/svg";

const count = (text: string, needle: string) => text.split(needle).length - 1;
// Every "&" must start one of the entities escapeXml writes.
const BARE_AMP = /&(?!amp;|lt;|gt;|quot;|#39;)/;

function expectWellFormed(svg: string) {
  expect(svg.startsWith("<svg ")).toBe(true);
  expect(svg.endsWith("</svg>")).toBe(true);
  expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  expect(svg).not.toMatch(BARE_AMP);
  expect(count(svg, "<g")).toBe(count(svg, "</g>"));
  expect(count(svg, "<text")).toBe(count(svg, "</text>"));
}

describe("quantile", () => {
  it("interpolates linearly between ranks", () => {
    const xs = [1, 2, 3, 4];
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 0.25)).toBeCloseTo(1.75);
    expect(quantile(xs, 0.5)).toBeCloseTo(2.5);
    expect(quantile(xs, 0.75)).toBeCloseTo(3.25);
    expect(quantile(xs, 1)).toBe(4);
    expect(quantile([7], 0.3)).toBe(7);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
  });
});

describe("boxStats", () => {
  it("computes quartiles, Tukey whiskers and a high outlier", () => {
    expect(boxStats([9, 1, 2, 3, 100, 4, 5, 6, 7, 8])).toEqual({
      min: 1,
      q1: 3.25,
      median: 5.5,
      q3: 7.75,
      max: 100,
      whiskerLow: 1,
      whiskerHigh: 9,
      outliers: [100],
      n: 10,
    });
  });

  it("finds a low outlier, ignores non-finite values, and is null without values", () => {
    const s = boxStats([13, -50, 10, Number.NaN, 12, 11, Number.POSITIVE_INFINITY]);
    expect(s).toMatchObject({ q1: 10, median: 11, q3: 12, whiskerLow: 10, whiskerHigh: 13, outliers: [-50], n: 5 });
    expect(boxStats([])).toBeNull();
    expect(boxStats([Number.NaN])).toBeNull();
  });
});

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`a&b<c>"d'e`)).toBe("a&amp;b&lt;c&gt;&quot;d&#39;e");
  });
});

describe("boxPlotSvg", () => {
  const groups = [
    { name: "calm", values: [9, 1, 2, 3, 100, 4, 5, 6, 7, 8] },
    { name: "<script>alert(1)</script>", values: [0.5, 0.6, Number.NaN, 0.7] },
    { name: "empty", values: [] },
  ];

  it("draws one box per non-empty group, outliers, n= and 'no data', escaping names", () => {
    const svg = boxPlotSvg({ title: "Scores & <ranks>", yLabel: "score", groups });
    expectWellFormed(svg);
    expect(count(svg, 'class="box"')).toBe(2);
    expect(count(svg, 'class="median"')).toBe(2);
    expect(count(svg, 'class="outlier"')).toBe(1);
    expect(svg).toContain("n=10");
    expect(svg).toContain("n=3");
    expect(svg).toContain("no data");
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain("Scores &amp; &lt;ranks&gt;");
    expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
  });

  it("uses six ticks over a fixed range and a round range otherwise, with no NaN on flat data", () => {
    const fixed = boxPlotSvg({ title: "t", yLabel: "y", groups, yMin: 0, yMax: 1 });
    for (const t of ["0", "0.2", "0.4", "0.6", "0.8", "1"]) expect(fixed).toContain(`text-anchor="end">${t}</text>`);
    expect(count(fixed, 'stroke="#ddd"')).toBe(6);
    const auto = boxPlotSvg({ title: "t", yLabel: "y", groups: [{ name: "a", values: [0.13, 0.77] }] });
    expect(count(auto, 'stroke="#ddd"')).toBe(6);
    expect(auto).toContain('text-anchor="end">0.8</text>');
    for (const flat of [[5, 5, 5], [0], []]) expectWellFormed(boxPlotSvg({ title: "t", yLabel: "y", groups: [{ name: "a", values: flat }] }));
    expectWellFormed(boxPlotSvg({ title: "t", yLabel: "y", groups: [] }));
  });

  it("is deterministic", () => {
    const a = boxPlotSvg({ title: "t", yLabel: "y", groups });
    const b = boxPlotSvg({ title: "t", yLabel: "y", groups: structuredClone(groups) });
    expect(a).toBe(b);
  });
});

describe("scatterSvg", () => {
  const base = { title: "map", xLabel: "x", yLabel: "y", xRange: [-1, 1] as [number, number], yRange: [-1, 1] as [number, number] };
  const points = [
    { x: 0.5, y: 0.5, group: "b", label: "<b>bold & \"quoted\"</b>" },
    { x: -0.5, y: 0.2, group: "a" },
    { x: 0.1, y: -0.9, group: "a", label: "second a" },
    { x: Number.NaN, y: 0, group: "c" },
    { x: 0, y: Number.POSITIVE_INFINITY, group: "b" },
  ];

  it("draws small translucent circles with escaped hover titles, skipping non-finite points", () => {
    const svg = scatterSvg({ ...base, points });
    expectWellFormed(svg);
    expect(count(svg, '<circle cx="') - count(svg, 'class="legend"')).toBe(3);
    expect(count(svg, 'r="3"')).toBe(3);
    expect(count(svg, 'fill-opacity="0.7"')).toBe(3);
    expect(svg).toContain("<title>&lt;b&gt;bold &amp; &quot;quoted&quot;&lt;/b&gt;</title>");
    expect(svg).toContain("a (2)");
    expect(svg).toContain("b (1)");
    expect(svg).not.toContain("c (");
  });

  it("colours groups by sorted name, whatever the input order, with ≥ 9 distinct colours", () => {
    expect(new Set(PALETTE).size).toBeGreaterThanOrEqual(9);
    const names = ["i", "h", "g", "f", "e", "d", "c", "b", "a"];
    const svg = scatterSvg({ ...base, points: names.map((group, i) => ({ x: i / 10, y: 0, group, label: group })) });
    const fills = names.map((n) => svg.match(new RegExp(`fill="(#[0-9a-f]{6})" fill-opacity="0.7"><title>${n}</title>`))?.[1]);
    expect(new Set(fills).size).toBe(9);
    expect(fills[8]).toBe(PALETTE[0]);
    expect(fills[0]).toBe(PALETTE[8]);
    const reversed = scatterSvg({ ...base, points: [...points].reverse() });
    const colourOfA = (s: string) => s.match(/fill="(#[0-9a-f]{6})" fill-opacity="0.7"><title>second a</)?.[1];
    expect(colourOfA(reversed)).toBe(PALETTE[0]);
    expect(colourOfA(scatterSvg({ ...base, points }))).toBe(PALETTE[0]);
  });

  it("draws dashed zero lines only when 0 is inside a range, and corner labels in order", () => {
    const svg = scatterSvg({ ...base, points, quadrantLabels: ["TR", "TL", "BL", "BR"] });
    expect(count(svg, 'class="zero"')).toBe(2);
    expect(svg).toContain("stroke-dasharray");
    const at = (label: string) => {
      const m = svg.match(new RegExp(`<text x="([\\d.]+)" y="([\\d.]+)" class="quadrant"[^>]*>${label}</text>`));
      return { x: Number(m?.[1]), y: Number(m?.[2]) };
    };
    expect(at("TR").x).toBeGreaterThan(at("TL").x);
    expect(at("TR").y).toBeLessThan(at("BR").y);
    expect(at("BL").x).toBeLessThan(at("BR").x);
    expect(at("TL").y).toBeLessThan(at("BL").y);
    const positive = scatterSvg({ ...base, xRange: [0, 1], yRange: [0.5, 2], points });
    expect(count(positive, 'class="zero"')).toBe(0);
    expectWellFormed(positive);
  });

  it("is deterministic and rejects an empty range", () => {
    expect(scatterSvg({ ...base, points })).toBe(scatterSvg({ ...base, points: structuredClone(points) }));
    expect(() => scatterSvg({ ...base, xRange: [1, 1], points })).toThrow(RangeError);
    expect(() => scatterSvg({ ...base, yRange: [0, Number.NaN], points })).toThrow(RangeError);
  });
});

// Hand-written SVG charts for the evaluation reports: plain strings, deterministic, no NaN.

const FONT = "system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif";
const INK = "#333";
const GRID = "#ddd";
/** Tableau 10: distinct hues that stay readable on white; cycled past ten groups. */
export const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

export interface BoxStats {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  whiskerLow: number;
  whiskerHigh: number;
  outliers: number[];
  n: number;
}

interface Frame {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Text made safe for SVG element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** A number as SVG writes it: at most 2 decimals, never "-0". */
function num(n: number): string {
  const s = String(Number(n.toFixed(2)));
  return s === "-0" ? "0" : s;
}

/** A tick label: rounding noise removed (0.30000000000000004 → 0.3). */
function tickLabel(n: number): string {
  const s = String(Number(n.toPrecision(6)));
  return s === "-0" ? "0" : s;
}

/** The q-quantile (0..1) of ascending numbers by linear interpolation; throws on an empty list. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of an empty list");
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (b - a) * (pos - lo);
}

/** Box-plot figures of the finite values (Tukey whiskers at 1.5·IQR), or null when there are none. */
export function boxStats(values: readonly number[]): BoxStats | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const lowFence = q1 - 1.5 * (q3 - q1);
  const highFence = q3 + 1.5 * (q3 - q1);
  const inside = sorted.filter((v) => v >= lowFence && v <= highFence);
  return {
    min: sorted[0]!,
    q1,
    median: quantile(sorted, 0.5),
    q3,
    max: sorted[sorted.length - 1]!,
    whiskerLow: inside[0] ?? q1,
    whiskerHigh: inside[inside.length - 1] ?? q3,
    outliers: sorted.filter((v) => v < lowFence || v > highFence),
    n: sorted.length,
  };
}

/** A linear map from a domain to pixels, clamped so nothing is drawn outside the plot. */
function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  return (v) => r0 + ((Math.min(d1, Math.max(d0, v)) - d0) / (d1 - d0)) * (r1 - r0);
}

/** Six evenly spaced ticks covering [min, max] with a round step (1, 2, 2.5 or 5 × 10^k). */
function niceTicks(min: number, max: number): number[] {
  const [a, b] = max > min ? [min, max] : [min - 0.5, max + 0.5];
  const base = 10 ** Math.floor(Math.log10((b - a) / 5));
  // Up to 20 × base always fits: the step is then at least 1.25 × (b - a) / 5.
  for (const m of [1, 2, 2.5, 5, 10, 20]) {
    const step = m * base;
    const lo = Math.floor(a / step) * step;
    if (lo + 5 * step >= b - step * 1e-9) return [0, 1, 2, 3, 4, 5].map((i) => lo + i * step);
  }
  return evenTicks([a, b]);
}

function evenTicks([lo, hi]: readonly [number, number]): number[] {
  return [0, 1, 2, 3, 4, 5].map((i) => lo + (i * (hi - lo)) / 5);
}

function text(x: number, y: number, body: string, attrs = ""): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ""}>${escapeXml(body)}</text>`;
}

function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="12" fill="${INK}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    text(width / 2, 26, title, 'text-anchor="middle" font-size="15" font-weight="600"'),
    ...body,
    "</svg>",
  ].join("\n");
}

/** Horizontal grid lines with labels on the left edge of the frame. */
function yAxis(f: Frame, ticks: number[], y: (v: number) => number, label: string): string[] {
  const out = ticks.map((t) => {
    const py = num(y(t));
    return `<line x1="${f.left}" x2="${f.right}" y1="${py}" y2="${py}" stroke="${GRID}"/>${text(f.left - 6, y(t) + 4, tickLabel(t), 'text-anchor="end"')}`;
  });
  const mid = (f.top + f.bottom) / 2;
  return [...out, text(16, mid, label, `text-anchor="middle" transform="rotate(-90 16 ${num(mid)})"`)];
}

function shorten(name: string, maxChars: number): string {
  return name.length <= maxChars ? name : `${name.slice(0, Math.max(1, maxChars - 1))}…`;
}

function boxGroup(name: string, values: readonly number[], cx: number, slot: number, f: Frame, y: (v: number) => number): string[] {
  const label = text(cx, f.bottom + 18, shorten(name, Math.floor(slot / 7)), 'text-anchor="middle"');
  const s = boxStats(values);
  if (!s) return [label, text(cx, (f.top + f.bottom) / 2, "no data", 'text-anchor="middle" fill="#999"')];
  const half = Math.min(30, slot * 0.25);
  const [x0, x1, c] = [num(cx - half), num(cx + half), num(cx)];
  const hLine = (v: number, cls: string, w = half) =>
    `<line class="${cls}" x1="${num(cx - w)}" x2="${num(cx + w)}" y1="${num(y(v))}" y2="${num(y(v))}" stroke="${INK}" stroke-width="${cls === "median" ? 2 : 1}"/>`;
  return [
    `<g><title>${escapeXml(name)}</title>`,
    `<line class="whisker" x1="${c}" x2="${c}" y1="${num(y(s.whiskerLow))}" y2="${num(y(s.q1))}" stroke="${INK}"/>`,
    `<line class="whisker" x1="${c}" x2="${c}" y1="${num(y(s.q3))}" y2="${num(y(s.whiskerHigh))}" stroke="${INK}"/>`,
    hLine(s.whiskerLow, "whisker-cap", half / 2),
    hLine(s.whiskerHigh, "whisker-cap", half / 2),
    `<rect class="box" x="${x0}" y="${num(y(s.q3))}" width="${num(2 * half)}" height="${num(Math.max(0, y(s.q1) - y(s.q3)))}" fill="${PALETTE[0]}" fill-opacity="0.35" stroke="${INK}"/>`,
    hLine(s.median, "median"),
    ...s.outliers.map((v) => `<circle class="outlier" cx="${c}" cy="${num(y(v))}" r="2.5" fill="none" stroke="${INK}"/>`),
    "</g>",
    label,
    text(cx, f.bottom + 34, `n=${s.n}`, 'text-anchor="middle" fill="#777"'),
  ];
}

/** A standalone SVG box plot, one vertical box per group; an empty group shows "no data". */
export function boxPlotSvg(input: {
  title: string;
  yLabel: string;
  groups: { name: string; values: number[] }[];
  yMin?: number;
  yMax?: number;
}): string {
  const [width, height] = [640, 400];
  const f: Frame = { left: 64, top: 48, right: width - 24, bottom: height - 56 };
  const finite = input.groups.flatMap((g) => g.values.filter(Number.isFinite));
  const given = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);
  const lo = given(input.yMin) ? input.yMin : finite.length ? finite.reduce((a, b) => Math.min(a, b)) : 0;
  const hi = given(input.yMax) ? input.yMax : finite.length ? finite.reduce((a, b) => Math.max(a, b)) : 1;
  const fixed = given(input.yMin) && given(input.yMax) && hi > lo;
  const ticks = fixed ? evenTicks([lo, hi]) : niceTicks(Math.min(lo, hi), Math.max(lo, hi));
  const y = scale(ticks[0]!, ticks[ticks.length - 1]!, f.bottom, f.top);
  const slot = (f.right - f.left) / Math.max(1, input.groups.length);
  const body = [
    ...yAxis(f, ticks, y, input.yLabel),
    `<rect x="${f.left}" y="${f.top}" width="${f.right - f.left}" height="${f.bottom - f.top}" fill="none" stroke="#999"/>`,
    ...input.groups.flatMap((g, i) => boxGroup(g.name, g.values, f.left + slot * (i + 0.5), slot, f, y)),
  ];
  if (input.groups.length === 0) body.push(text((f.left + f.right) / 2, (f.top + f.bottom) / 2, "no data", 'text-anchor="middle" fill="#999"'));
  return svgDocument(width, height, input.title, body);
}


export interface ScatterPoint {
  x: number;
  y: number;
  group: string;
  label?: string;
}

function xAxis(f: Frame, ticks: number[], x: (v: number) => number, label: string): string[] {
  const out = ticks.map((t) => {
    const px = num(x(t));
    return `<line x1="${px}" x2="${px}" y1="${f.top}" y2="${f.bottom}" stroke="${GRID}"/>${text(x(t), f.bottom + 16, tickLabel(t), 'text-anchor="middle"')}`;
  });
  return [...out, text((f.left + f.right) / 2, f.bottom + 36, label, 'text-anchor="middle"')];
}

function checkRange([lo, hi]: readonly [number, number], name: string): void {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) throw new RangeError(`${name} must be two finite numbers, low < high`);
}

function zeroLines(f: Frame, xr: readonly [number, number], yr: readonly [number, number], x: (v: number) => number, y: (v: number) => number): string[] {
  const dash = `stroke="#888" stroke-dasharray="4 3"`;
  const out: string[] = [];
  if (xr[0] < 0 && xr[1] > 0) out.push(`<line class="zero" x1="${num(x(0))}" x2="${num(x(0))}" y1="${f.top}" y2="${f.bottom}" ${dash}/>`);
  if (yr[0] < 0 && yr[1] > 0) out.push(`<line class="zero" x1="${f.left}" x2="${f.right}" y1="${num(y(0))}" y2="${num(y(0))}" ${dash}/>`);
  return out;
}

/** Labels in the corners, in the order top-right, top-left, bottom-left, bottom-right. */
function quadrantLabels(f: Frame, labels: readonly [string, string, string, string] | undefined): string[] {
  if (!labels) return [];
  const style = 'font-size="12" font-style="italic" fill="#888"';
  const [tr, tl, bl, br] = labels;
  return [
    text(f.right - 6, f.top + 16, tr, `class="quadrant" text-anchor="end" ${style}`),
    text(f.left + 6, f.top + 16, tl, `class="quadrant" ${style}`),
    text(f.left + 6, f.bottom - 8, bl, `class="quadrant" ${style}`),
    text(f.right - 6, f.bottom - 8, br, `class="quadrant" text-anchor="end" ${style}`),
  ];
}

function legend(groups: string[], counts: Map<string, number>, colour: Map<string, string>, x: number, top: number): string[] {
  return groups.map((g, i) => {
    const y = top + i * 18;
    return `<g class="legend"><circle cx="${x}" cy="${y}" r="5" fill="${colour.get(g)}"/>${text(x + 10, y + 4, `${shorten(g, 22)} (${counts.get(g) ?? 0})`)}</g>`;
  });
}

/**
 * A standalone SVG scatter plot: one colour per group (assigned in sorted name order), a legend with
 * counts, dashed zero lines and optional corner labels. Points with a non-finite coordinate are
 * skipped; points outside the ranges are pinned to the frame. Throws RangeError on an empty range.
 */
export function scatterSvg(input: {
  title: string;
  xLabel: string;
  yLabel: string;
  points: ScatterPoint[];
  xRange: [number, number];
  yRange: [number, number];
  quadrantLabels?: [string, string, string, string];
}): string {
  checkRange(input.xRange, "xRange");
  checkRange(input.yRange, "yRange");
  const f: Frame = { left: 60, top: 48, right: 440, bottom: 392 };
  const x = scale(input.xRange[0], input.xRange[1], f.left, f.right);
  const y = scale(input.yRange[0], input.yRange[1], f.bottom, f.top);
  const points = input.points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const counts = new Map<string, number>();
  for (const p of points) counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
  const groups = [...counts.keys()].sort();
  const colour = new Map(groups.map((g, i) => [g, PALETTE[i % PALETTE.length]!]));
  const circle = (p: ScatterPoint) =>
    `<circle cx="${num(x(p.x))}" cy="${num(y(p.y))}" r="3" fill="${colour.get(p.group)}" fill-opacity="0.7"><title>${escapeXml(p.label ?? p.group)}</title></circle>`;
  return svgDocument(640, 440, input.title, [
    ...yAxis(f, evenTicks(input.yRange), y, input.yLabel),
    ...xAxis(f, evenTicks(input.xRange), x, input.xLabel),
    `<rect x="${f.left}" y="${f.top}" width="${f.right - f.left}" height="${f.bottom - f.top}" fill="none" stroke="#999"/>`,
    ...zeroLines(f, input.xRange, input.yRange, x, y),
    ...quadrantLabels(f, input.quadrantLabels),
    ...points.map(circle),
    ...legend(groups, counts, colour, f.right + 24, f.top + 8),
  ]);
}

// Hand-written SVG charts for the evaluation reports: plain strings, deterministic, no NaN.

export const FONT = "system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif";
export const INK = "#333";
export const GRID = "#ddd";
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

export interface Frame {
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
export function num(n: number): string {
  const s = String(Number(n.toFixed(2)));
  return s === "-0" ? "0" : s;
}

/** A tick label: rounding noise removed (0.30000000000000004 → 0.3). */
export function tickLabel(n: number): string {
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
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  return (v) => r0 + ((Math.min(d1, Math.max(d0, v)) - d0) / (d1 - d0)) * (r1 - r0);
}

/** Six evenly spaced ticks covering [min, max] with a round step (1, 2, 2.5 or 5 × 10^k). */
export function niceTicks(min: number, max: number): number[] {
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

export function evenTicks([lo, hi]: readonly [number, number]): number[] {
  return [0, 1, 2, 3, 4, 5].map((i) => lo + (i * (hi - lo)) / 5);
}

export function text(x: number, y: number, body: string, attrs = ""): string {
  return `<text x="${num(x)}" y="${num(y)}"${attrs ? ` ${attrs}` : ""}>${escapeXml(body)}</text>`;
}

export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="12" fill="${INK}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    text(width / 2, 26, title, 'text-anchor="middle" font-size="15" font-weight="600"'),
    ...body,
    "</svg>",
  ].join("\n");
}

/** Horizontal grid lines with labels on the left edge of the frame. */
export function yAxis(f: Frame, ticks: number[], y: (v: number) => number, label: string): string[] {
  const out = ticks.map((t) => {
    const py = num(y(t));
    return `<line x1="${f.left}" x2="${f.right}" y1="${py}" y2="${py}" stroke="${GRID}"/>${text(f.left - 6, y(t) + 4, tickLabel(t), 'text-anchor="end"')}`;
  });
  const mid = (f.top + f.bottom) / 2;
  return [...out, text(16, mid, label, `text-anchor="middle" transform="rotate(-90 16 ${num(mid)})"`)];
}

export function shorten(name: string, maxChars: number): string {
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

import { type Frame, GRID, PALETTE, escapeXml, evenTicks, num, scale, shorten, svgDocument, text, tickLabel, yAxis } from "./svg";

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

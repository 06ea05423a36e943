/** Rows of an RFC 4180 CSV text and, for each row, the 1-based line where it starts. */
export interface CsvResult {
  rows: string[][];
  lines: number[];
}

interface Field {
  value: string;
  /** Index of the delimiter (comma or "\n") that ended the field, or the text length. */
  end: number;
  newlines: number;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) === 10) count += 1;
  return count;
}

/** Unquoted text up to the next comma or newline; the "\r" of a "\r\n" is not part of the value. */
function readBare(text: string, from: number): Field {
  let end = from;
  while (end < text.length && text[end] !== "," && text[end] !== "\n") end += 1;
  const stop = text[end] === "\n" && text[end - 1] === "\r" && end > from ? end - 1 : end;
  return { value: text.slice(from, stop), end, newlines: 0 };
}

/**
 * A quoted field starting at the opening quote. Lenient on purpose, because exports get hand-edited:
 * text after the closing quote is kept as-is, and an unterminated quote swallows the rest of the text.
 */
function readQuoted(text: string, from: number): Field {
  let value = "";
  let newlines = 0;
  let at = from + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    const stop = quote === -1 ? text.length : quote;
    newlines += countNewlines(text, at, stop);
    value += text.slice(at, stop);
    if (quote === -1) return { value, end: text.length, newlines };
    if (text[quote + 1] !== '"') {
      const tail = readBare(text, quote + 1);
      return { value: value + tail.value, end: tail.end, newlines };
    }
    value += '"';
    at = quote + 2;
  }
}

function readField(text: string, from: number): Field {
  return text[from] === '"' ? readQuoted(text, from) : readBare(text, from);
}

/**
 * Parses RFC 4180 CSV (comma separator, "" escapes, commas and \n or \r\n inside quotes) in linear time.
 * Removes a leading BOM and ignores the empty line after a final newline. Never throws.
 * Returns the rows and, for each, the 1-based line number where it starts.
 */
export function parseCsv(text: string): CsvResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  let at = 0;
  let line = 1;
  while (at < src.length) {
    const row: string[] = [];
    lines.push(line);
    for (;;) {
      const field = readField(src, at);
      row.push(field.value);
      line += field.newlines;
      at = field.end + 1;
      if (src[field.end] !== ",") break;
    }
    rows.push(row);
    line += 1;
  }
  return { rows, lines };
}

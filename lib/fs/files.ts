import { isUtf8 } from "node:buffer";
import { access, readFile } from "node:fs/promises";
import { AppError } from "@/lib/errors";

/** True when the path exists. */
export async function fileExists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The 1-based line holding the first byte that is not UTF-8 (a newline byte never sits inside a character). */
function firstBadLine(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    start = end + 1;
  }
  return line;
}

/**
 * Decodes a file's bytes as UTF-8, dropping a leading byte order mark. Returns the text, or throws a
 * one-line AppError naming the file and the line of the first invalid byte (never replaced silently).
 */
export function decodeUtf8(file: string, bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (e) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const what = utf16 ? "is UTF-16 text; save it as UTF-8" : `line ${firstBadLine(bytes)}: not valid UTF-8; save the file as UTF-8`;
    throw new AppError("bad_request", `${file}: ${what}`, { cause: e });
  }
}

/**
 * A file's text (UTF-8, a leading BOM dropped), or a one-line AppError saying it is missing, a folder,
 * unreadable or not UTF-8 (with the line of the first bad byte).
 */
export async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder, not a file" : "cannot be read";
    throw new AppError("bad_request", `${file}: ${what}`, { cause: e });
  }
  return decodeUtf8(file, bytes);
}

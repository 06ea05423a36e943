import { readConfig } from "@/lib/env";
import type { IndexLocation } from "./index-location";
import { localIndexLocation } from "./local-location";
import { type S3Settings, s3IndexLocation } from "./s3-location";

/**
 * The index location a path or URI names: `s3://bucket/prefix` on object storage (reached with
 * `s3`, by default the AWS_* settings of the environment), anything else a local folder.
 * A location passed in is returned as it is.
 */
export function locateIndex(target: string | IndexLocation, s3?: S3Settings): IndexLocation {
  if (typeof target !== "string") return target;
  if (target.startsWith("s3://")) return s3IndexLocation(target, s3 ?? readConfig().s3);
  return localIndexLocation(target);
}

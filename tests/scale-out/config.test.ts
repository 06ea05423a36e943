import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/env";
import { indexLocationOf } from "@/lib/jobs/index-data-dir";

describe("scale-out settings", () => {
  it("read the index URI, the standard AWS variables and the Redis URL", () => {
    const c = readConfig({
      MOODTAPE_INDEX_URI: "s3://my-bucket/moodtape/prod",
      AWS_ACCESS_KEY_ID: "id",
      AWS_SECRET_ACCESS_KEY: "secret",
      AWS_REGION: "eu-west-1",
      AWS_ENDPOINT_URL: "http://127.0.0.1:9000/",
      MOODTAPE_S3_ALLOW_HTTP: "true",
      MOODTAPE_REDIS_URL: "redis://127.0.0.1:6379",
    });
    expect(c.indexUri).toBe("s3://my-bucket/moodtape/prod");
    expect(c.s3).toEqual({ region: "eu-west-1", endpoint: "http://127.0.0.1:9000", allowHttp: true, accessKeyId: "id", secretAccessKey: "secret" });
    expect(c.redisUrl).toBe("redis://127.0.0.1:6379");
    const location = indexLocationOf("/tmp/ignored", c);
    expect([location.label, location.remote]).toEqual(["s3://my-bucket/moodtape/prod", true]);
    expect(location.connection("v-1").uri).toBe("s3://my-bucket/moodtape/prod/v-1");
    expect(location.connection("v-1").storageOptions).toMatchObject({ aws_endpoint: "http://127.0.0.1:9000", allow_http: "true", aws_region: "eu-west-1" });
  });

  it("default to the data dir's index folder, each process limiting alone, https only", () => {
    const c = readConfig({ MOODTAPE_INDEX_URI: "", MOODTAPE_REDIS_URL: " " });
    expect([c.indexUri, c.redisUrl, c.s3.allowHttp, c.s3.region]).toEqual([undefined, undefined, false, "us-east-1"]);
    const location = indexLocationOf("/srv/data", c);
    expect([location.label, location.remote]).toEqual([join("/srv/data", "index"), false]);
  });

  it.each([
    ["MOODTAPE_INDEX_URI", "http://example.com/index", /MOODTAPE_INDEX_URI: a folder or s3:\/\/bucket\/prefix/],
    ["MOODTAPE_INDEX_URI", "s3://Bad_Bucket/x", /MOODTAPE_INDEX_URI/],
    ["MOODTAPE_S3_ALLOW_HTTP", "yes", /MOODTAPE_S3_ALLOW_HTTP/],
    ["MOODTAPE_REDIS_URL", "http://127.0.0.1:6379", /MOODTAPE_REDIS_URL: a redis:\/\/ or rediss:\/\/ URL/],
    ["AWS_ENDPOINT_URL", "not a url", /AWS_ENDPOINT_URL/],
  ])("refuse %s=%s in one line", (key, value, message) => {
    expect(() => readConfig({ [key]: value })).toThrow(message);
  });
});

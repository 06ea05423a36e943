import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { HeaderRule } from "./node-bridge";

interface ConfigRule {
  source: string;
  headers: { key: string; value: string }[];
  has?: unknown;
  missing?: unknown;
}

type PathToRegexp = (path: string, keys?: unknown[], options?: { strict?: boolean; sensitive?: boolean; delimiter?: string }) => RegExp;

/**
 * The headers() rules of a next.config file, compiled with the path matcher Next itself uses for
 * them, so the API answers carry the same headers whether Next or our bridge serves them. Rules
 * with `has`/`missing` conditions are refused (the bridge does not evaluate them): a clear start-up
 * error beats a header silently missing.
 */
export async function loadHeaderRules(configFile: string): Promise<HeaderRule[]> {
  const mod = (await import(pathToFileURL(configFile).href)) as { default?: { headers?: () => Promise<ConfigRule[]> } };
  const rules = (await mod.default?.headers?.()) ?? [];
  const { pathToRegexp } = createRequire(import.meta.url)("next/dist/compiled/path-to-regexp") as { pathToRegexp: PathToRegexp };
  return rules.map((rule) => {
    if (rule.has !== undefined || rule.missing !== undefined) {
      throw new Error(`next.config headers(): the rule for ${rule.source} uses has/missing, which the API bridge does not support`);
    }
    const re = pathToRegexp(rule.source, [], { strict: true, sensitive: false, delimiter: "/" });
    return { matches: (pathname: string) => re.test(pathname), headers: rule.headers };
  });
}

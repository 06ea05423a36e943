/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // LanceDB is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["@lancedb/lancedb"],
};

export default nextConfig;

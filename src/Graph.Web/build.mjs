// Bundles the explorer into the API's static files. The output is committed, so the API serves the page
// without Node.js; run this after changing anything under src/ (npm ci && npm run build).
import { build, context } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const wwwroot = path.resolve(here, "../Graph.Api/wwwroot");
const outdir = path.join(wwwroot, "explorer");
const watch = process.argv.includes("--watch");

const options = {
  entryPoints: { explorer: path.join(here, "src/main.js"), "explorer-styles": path.join(here, "src/explorer.css") },
  outdir,
  bundle: true,
  format: "esm",
  target: ["es2022"],
  minify: !watch,
  sourcemap: watch ? "inline" : false,
  legalComments: "linked",
  logLevel: "info",
  // vis-timeline's CSS points at no images we use; fonts and icons stay local.
  loader: { ".png": "dataurl", ".svg": "dataurl" },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await copyFile(path.join(here, "src/index.html"), path.join(wwwroot, "index.html"));

if (watch) {
  const ctx = await context(options);
  await ctx.watch();
  console.log(`watching src/ → ${path.relative(process.cwd(), outdir)}`);
} else {
  await build(options);
}

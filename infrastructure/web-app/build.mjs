// Builds the web app into target/site: type-checks the app and the client generated from the OpenAPI document
// (strict), bundles src/main.tsx with esbuild into content-hashed files under assets/, and writes index.html that
// names them. The site is static: deploy target/site to its bucket (README, "Deploy") after writing config.js.
//
//   node build.mjs            type-check, then bundle
//   node build.mjs --no-check bundle only (the Maven build checks once; this is for quick rebuilds by hand)
//   node build.mjs --out DIR  into DIR instead of target/site (the run command serves it with --app-dir DIR)

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const client = join(here, "../local/target/generated-clients/typescript/index.ts");
const outOption = process.argv.indexOf("--out");
const out = outOption > 0 ? resolve(process.argv[outOption + 1]) : join(here, "target/site");

if (!existsSync(client)) {
  console.error(`The generated TypeScript client is missing (${client}): build infrastructure/local first`);
  process.exit(2);
}
if (!process.argv.includes("--no-check")) {
  execFileSync(join(here, "node_modules/.bin/tsc"), ["--project", join(here, "tsconfig.json")], { stdio: "inherit" });
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "assets"), { recursive: true });
cpSync(join(here, "static"), out, { recursive: true });

const result = await esbuild.build({
  entryPoints: { app: join(here, "src/main.tsx"), style: join(here, "src/app.css") },
  absWorkingDir: here,
  bundle: true,
  splitting: true,
  format: "esm",
  target: ["es2022", "chrome110", "safari16", "firefox115"],
  minify: true,
  sourcemap: false,
  legalComments: "none",
  jsx: "automatic",
  jsxImportSource: "preact",
  tsconfig: join(here, "tsconfig.json"),
  outdir: join(out, "assets"),
  entryNames: "[name]-[hash]",
  chunkNames: "chunk-[hash]",
  metafile: true,
  logLevel: "warning",
});

const outputs = Object.entries(result.metafile.outputs);
const entry = (name) => {
  const found = outputs.find(([, output]) => output.entryPoint && output.entryPoint.endsWith(name));
  return "/" + relative(out, join(here, found[0])).replaceAll("\\", "/");
};
/** The chunks the entry imports statically, however deep: preloaded with it, so that no import waits for another. */
function staticImports(file, seen = new Set()) {
  for (const imported of result.metafile.outputs[file].imports) {
    if (imported.kind === "import-statement" && !seen.has(imported.path)) {
      seen.add(imported.path);
      staticImports(imported.path, seen);
    }
  }
  return seen;
}
const entryFile = outputs.find(([, output]) => output.entryPoint?.endsWith("src/main.tsx"))[0];
const preloads = [...staticImports(entryFile)]
  .map((file) => `  <link rel="modulepreload" href="/${relative(out, join(here, file)).replaceAll("\\", "/")}">`)
  .join("\n");
const html = readFileSync(join(here, "static/index.html"), "utf8")
  .replace("__APP_SCRIPT__", entry("src/main.tsx"))
  .replace("__APP_STYLE__", entry("src/app.css"))
  .replace("  <!-- __APP_PRELOADS__ -->", preloads);
writeFileSync(join(out, "index.html"), html);

// the service worker keeps the shell: the page, its settings, the entry, its static chunks and the style sheet
const shell = ["/", "/config.js", entry("src/main.tsx"), entry("src/app.css"),
  ...[...staticImports(entryFile)].map((file) => "/" + relative(out, join(here, file)).replaceAll("\\", "/"))];
const version = createHash("sha256").update(shell.join()).digest("hex").slice(0, 12);
writeFileSync(join(out, "sw.js"), readFileSync(join(here, "sw.template.js"), "utf8")
  .replace("__VERSION__", version)
  .replace("__SHELL__", JSON.stringify(shell)));

let total = 0;
for (const [file] of outputs) {
  const bytes = readFileSync(join(here, file));
  const compressed = gzipSync(bytes, { level: 9 }).length;
  total += compressed;
  console.log(`  ${file.padEnd(44)} ${String(bytes.length).padStart(8)} B  gzip ${compressed} B`);
}
console.log(`web app built into ${relative(process.cwd(), out) || "."}: JS+CSS ${total} B gzip`);

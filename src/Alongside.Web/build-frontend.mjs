// Compiles nhsuk-frontend from its SCSS with Alongside's settings into wwwroot/lib.
// Run by the Web project's build when wwwroot/lib is missing (see Alongside.Web.csproj).
import { compile } from "sass";
import { mkdirSync, writeFileSync, copyFileSync, cpSync, readFileSync, readdirSync } from "node:fs";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "wwwroot", "lib");
mkdirSync(out, { recursive: true });

const result = compile(join(here, "Styles", "alongside.scss"), {
  style: "compressed",
  loadPaths: [join(here, "node_modules")],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
if (/https?:\/\//.test(result.css)) {
  throw new Error("Compiled CSS names an outside host; fix the SCSS settings.");
}
writeFileSync(join(out, "alongside.css"), result.css);

// Charts on "your progress" (Chart.js, as a browser script); the tables stay the page.
mkdirSync(join(out, "chart"), { recursive: true });
copyFileSync(join(here, "node_modules", "chart.js", "dist", "chart.umd.min.js"), join(out, "chart", "chart.umd.min.js"));

const dist = join(here, "node_modules", "nhsuk-frontend", "dist", "nhsuk");
copyFileSync(join(dist, "nhsuk-frontend.min.js"), join(out, "nhsuk-frontend.min.js"));
// The map on /groups (Leaflet, as an ES module) and live group discussion (SignalR's browser client).
const leaflet = join(here, "node_modules", "leaflet", "dist");
mkdirSync(join(out, "leaflet"), { recursive: true });
copyFileSync(join(leaflet, "leaflet-src.esm.js"), join(out, "leaflet", "leaflet-src.esm.js"));
copyFileSync(join(leaflet, "leaflet.css"), join(out, "leaflet", "leaflet.css"));
cpSync(join(leaflet, "images"), join(out, "leaflet", "images"), { recursive: true });
copyFileSync(join(here, "node_modules", "@microsoft", "signalr", "dist", "browser", "signalr.min.js"), join(out, "signalr.min.js"));

// Each style sheet and script is compressed here, once, at its smallest (Brotli 11, gzip 9), and
// served as it is by Infrastructure/StaticAssets.cs to browsers that accept it.
let compressed = 0;
for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(css|js|mjs)$/.test(entry.name)) continue;
  const file = join(entry.parentPath, entry.name);
  const bytes = readFileSync(file);
  writeFileSync(file + ".br", brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(file + ".gz", gzipSync(bytes, { level: 9 }));
  compressed++;
}

console.log(`frontend: ${result.css.length} bytes of CSS written to wwwroot/lib; ${compressed} files compressed`);

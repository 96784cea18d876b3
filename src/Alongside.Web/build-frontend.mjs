// Compiles nhsuk-frontend from its SCSS with Alongside's settings into wwwroot/lib.
// Run by the Web project's build when wwwroot/lib is missing (see Alongside.Web.csproj).
import { compile } from "sass";
import { mkdirSync, writeFileSync, copyFileSync } from "node:fs";
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

const dist = join(here, "node_modules", "nhsuk-frontend", "dist", "nhsuk");
copyFileSync(join(dist, "nhsuk-frontend.min.js"), join(out, "nhsuk-frontend.min.js"));
console.log(`frontend: ${result.css.length} bytes of CSS written to wwwroot/lib`);

// Rebuilds kg/web/static/vendor/ from the npm packages pinned in package.json:
//   cd frontend && npm ci && npm run build
// The outputs are committed, so installing or running kg never needs Node or a network.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const out = "../kg/web/static/vendor";
mkdirSync(out, { recursive: true });

await build({
  entryPoints: ["src/codemirror.js"],
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "KgCodeMirror",
  target: ["es2020"],
  outfile: `${out}/codemirror.js`,
  legalComments: "eof",
});
copyFileSync("node_modules/cytoscape/dist/cytoscape.min.js", `${out}/cytoscape.min.js`);

// Licences of everything in the bundles, with the versions installed.
const packages = ["codemirror", "@codemirror/view", "@codemirror/state", "@codemirror/language",
  "@codemirror/legacy-modes", "@codemirror/autocomplete", "@codemirror/commands",
  "@codemirror/search", "@codemirror/lint", "@lezer/common", "@lezer/highlight", "@lezer/lr",
  "crelt", "style-mod", "w3c-keyname", "@marijn/find-cluster-break", "cytoscape"];
let text = "Third-party code in this folder, built by frontend/build.mjs from npm.\n";
for (const name of packages) {
  let meta;
  try {
    meta = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8"));
  } catch {
    continue; // not a dependency of this version
  }
  let licence = "";
  for (const file of ["LICENSE", "LICENSE.md", "LICENSE.txt", "license"]) {
    try { licence = readFileSync(`node_modules/${name}/${file}`, "utf8"); break; } catch { }
  }
  text += `\n${"=".repeat(78)}\n${name} ${meta.version} (${meta.license})\n${"=".repeat(78)}\n${licence}\n`;
}
writeFileSync(`${out}/LICENSES.txt`, text);
console.log("built", out);

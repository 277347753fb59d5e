// Copies the standalone (UMD) builds into wwwroot/graphiql/ so the API serves GraphiQL with no CDN and no Node.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "wwwroot", "graphiql");
mkdirSync(target, { recursive: true });
const files = [
  "node_modules/graphiql/graphiql.min.js",
  "node_modules/graphiql/graphiql.min.css",
  "node_modules/react/umd/react.production.min.js",
  "node_modules/react-dom/umd/react-dom.production.min.js",
];
for (const file of files) {
  copyFileSync(join(here, file), join(target, file.split("/").pop()));
  console.log(`copied ${file}`);
}

// Generates a TypeScript and a Python client from the gateway's merged OpenAPI document with the
// pinned openapi-generator (openapitools.json; openapi-generator-cli fetches its jar once), type-checks
// the TypeScript one in strict mode with the pinned tsc, and makes one authenticated read and one write
// against the running suite with each. Environment: GATEWAY_URL, TOKEN (an access token); PYTHON
// (python3 by default). Prints one JSON line per client; exits non-zero at the first failure.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "out");
const bin = (name) => join(here, "node_modules", ".bin", name);
const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: here, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, PWD: here, ...env } });

const gateway = process.env.GATEWAY_URL;
if (!gateway || !process.env.TOKEN) {
  console.error("GATEWAY_URL and TOKEN are required");
  process.exit(2);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const response = await fetch(`${gateway}/openapi`);
if (!response.ok) {
  throw new Error(`the merged document answered ${response.status}`);
}
const document = await response.json();
const schemes = document.components?.securitySchemes ?? {};
if (!Object.values(schemes).some((scheme) => scheme.type === "http" && scheme.scheme === "bearer")) {
  throw new Error(`the merged document declares no bearer scheme: ${JSON.stringify(schemes)}`);
}
writeFileSync(join(out, "openapi.json"), JSON.stringify(document));

const generate = (generator, target, properties) =>
  run(bin("openapi-generator-cli"), ["generate", "-i", join(out, "openapi.json"), "-g", generator, "-o", join(out, target),
    "--additional-properties", properties, "--global-property", "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"]);
generate("typescript-fetch", "ts", "supportsES6=true");
generate("python", "python", "packageName=openapi_client,library=urllib3");

run(bin("tsc"), ["-p", "tsconfig.json"]);
console.log("[generated clients] the TypeScript client type-checks in strict mode");
run(process.execPath, [join(out, "js", "client-check.js")]);
run(process.env.PYTHON ?? "python3", [join(here, "client_check.py")]);

// One authenticated read and one write through the TypeScript client generated from the gateway's
// merged document (typescript-fetch), with nothing edited by hand: the token goes in as the
// configuration's accessToken, which the generator offers because the document declares a bearer scheme.
import * as api from "./out/ts";

// The little of Node this check uses (so that it needs no @types/node).
declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

async function main(): Promise<void> {
  const gateway = process.env.GATEWAY_URL;
  const token = process.env.TOKEN;
  if (!gateway || !token) {
    throw new Error("GATEWAY_URL and TOKEN are required");
  }
  const configuration = new api.Configuration({ basePath: gateway, accessToken: async () => token });

  const consultations = await new api.ConsultationsApi(configuration).listConsultations({ limit: 5 });
  const opened = await new api.CasesApi(configuration).openCase({
    caseRequest: { body: "KS", year: 2026, title: "Ärende öppnat av den genererade TypeScript-klienten" },
  });
  console.log(JSON.stringify({
    client: "typescript",
    read: { total: consultations.total, items: consultations.items?.length ?? 0 },
    written: { id: opened.id, registrationNumber: opened.registrationNumber },
  }));
}

main().catch((error: unknown) => {
  console.error("the TypeScript client failed:", error);
  process.exit(1);
});

// What an integrator does first against Kolada, run against the base URL in KOLADA_BASE_URL: list the
// municipalities, find a key figure by its title, read its data for Vaggeryd. Prints one JSON line
// with what it found; any failure exits non-zero.
import { KoladaClient } from "./kolada-v3-client.mjs";

const kolada = new KoladaClient(process.env.KOLADA_BASE_URL);
const title = process.env.KPI_TITLE ?? "Gymnasieelever med examen inom 4 år";

const municipalities = await kolada.metadata("municipality", { type: "K", perPage: 100 });
const vaggeryd = municipalities.values.find((m) => m.title === "Vaggeryd");
if (!vaggeryd) throw new Error("no municipality titled Vaggeryd among " + municipalities.values.length);

const kpis = await kolada.metadata("kpi", { title });
if (kpis.values.length === 0) throw new Error(`no key figure titled like '${title}'`);
const kpi = kpis.values[0];

const rows = await kolada.data({ kpi: [kpi.id], municipality: [vaggeryd.id] });
const totals = rows.map((row) => ({ period: row.period, value: row.values.find((v) => v.gender === "T")?.value ?? null }));

console.log(JSON.stringify({
  municipalities: municipalities.values.length,
  pages: municipalities.pages.map((page) => page.size),
  lastPageHasNoNext: municipalities.pages.at(-1).next_url === null,
  secondPageLinksBack: municipalities.pages.length > 1 && typeof municipalities.pages[1].previous_url === "string",
  vaggeryd: vaggeryd.id,
  kpi: kpi.id,
  kpiTitle: kpi.title,
  years: totals.length,
  totals,
  requests: kolada.requests,
}));

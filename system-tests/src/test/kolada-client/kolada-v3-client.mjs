// A small Kolada API v3 client written in this repository from Kolada's public documentation of v3
// (routes, the {count, values, next_url, previous_url} envelope, per_page up to 5000, at most 25 ids
// per path segment). It is NOT an independent Kolada client library: none is published in the npm
// registry or Maven Central, which are the registries this project can reach (see docs/kolada.md).
// It knows nothing of the suite beyond the base URL it is given, and uses only Node's own fetch.

const MAX_IDS = 25;
const MAX_PER_PAGE = 5000;

export class KoladaClient {
  constructor(baseUrl = "https://api.kolada.se/v3") {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.requests = 0;
  }

  async #get(url) {
    this.requests++;
    const response = await fetch(url, { headers: { accept: "application/json" } });
    if (!response.ok) {
      throw new Error(`Kolada answered ${response.status} for ${url}: ${await response.text()}`);
    }
    return response.json();
  }

  /** Every value of a route, following next_url to the end; the number of pages read is kept in `pages`. */
  async #all(path, query = {}) {
    const url = new URL(this.baseUrl + path);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
    }
    if (!url.searchParams.has("per_page")) url.searchParams.set("per_page", String(MAX_PER_PAGE));
    const values = [];
    const pages = [];
    let next = url.toString();
    while (next) {
      const page = await this.#get(next);
      values.push(...page.values);
      pages.push({ count: page.count, size: page.values.length, next_url: page.next_url, previous_url: page.previous_url });
      next = page.next_url;
    }
    return { values, pages };
  }

  static #chunks(ids) {
    const list = Array.isArray(ids) ? ids : [ids];
    const chunks = [];
    for (let i = 0; i < list.length; i += MAX_IDS) chunks.push(list.slice(i, i + MAX_IDS));
    return chunks;
  }

  static #segment(ids) {
    return ids.map(encodeURIComponent).join(",");
  }

  /** Metadata of an entity (kpi, kpi_groups, municipality, municipality_groups, ou): all, by title, or by ids. */
  async metadata(entity, { ids, title, perPage, ...query } = {}) {
    if (ids) {
      const values = [];
      for (const chunk of KoladaClient.#chunks(ids)) {
        values.push(...(await this.#all(`/${entity}/${KoladaClient.#segment(chunk)}`, { per_page: perPage })).values);
      }
      return { values, pages: [] };
    }
    return this.#all(`/${entity}`, { title, per_page: perPage, ...query });
  }

  /** Data of key figures for municipalities and years (any two of the three), 25 ids per request. */
  async data({ kpi, municipality, year, fromDate } = {}) {
    const dimensions = [["kpi", kpi], ["municipality", municipality], ["year", year]].filter(([, ids]) => ids !== undefined);
    if (dimensions.length < 2) throw new Error("name at least two of kpi, municipality and year");
    const values = [];
    const combine = async (index, path) => {
      if (index === dimensions.length) {
        values.push(...(await this.#all("/data" + path, { from_date: fromDate })).values);
        return;
      }
      const [name, ids] = dimensions[index];
      for (const chunk of KoladaClient.#chunks(ids)) {
        await combine(index + 1, `${path}/${name}/${KoladaClient.#segment(chunk.map(String))}`);
      }
    };
    await combine(0, "");
    return values;
  }
}

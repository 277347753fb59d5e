// The GraphQL client: one POST per query, with a timeout, the API key when one is set, and errors that say
// what went wrong in words a reader can act on (the page shows them; nothing is console-only).

const ENDPOINT = "graphql";
const KEY_STORAGE = "graph-explorer.apiKey";
export const DEFAULT_TIMEOUT_MS = 15000;

export class ApiError extends Error {
  constructor(message, { code = null, status = null } = {}) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.status = status;
  }
}

export const apiKey = {
  get: () => sessionStorage.getItem(KEY_STORAGE) || "",
  set: (value) => (value ? sessionStorage.setItem(KEY_STORAGE, value) : sessionStorage.removeItem(KEY_STORAGE)),
};

/** Runs a query; resolves with data or throws an ApiError. `signal` lets a newer request cancel this one. */
export async function gql(query, variables = {}, { timeoutMs = DEFAULT_TIMEOUT_MS, signal, withKey = false } = {}) {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const abort = () => timeout.abort();
  signal?.addEventListener("abort", abort);
  const headers = { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json" };
  if (withKey) {
    const key = apiKey.get();
    if (!key) throw new ApiError("This needs an API key: enter it in the header (it stays in this tab only).", { code: "NO_KEY" });
    headers["X-Api-Key"] = key;
  }
  let response;
  try {
    response = await fetch(ENDPOINT, { method: "POST", headers, body: JSON.stringify({ query, variables }), signal: timeout.signal });
  } catch (e) {
    if (signal?.aborted) throw new ApiError("Cancelled by a newer request.", { code: "CANCELLED" });
    if (timeout.signal.aborted)
      throw new ApiError(`The API did not answer within ${timeoutMs / 1000} s. Narrow the filters (depth, period, types) or try again.`, { code: "TIMEOUT" });
    throw new ApiError(`The API cannot be reached (${e.message}). Check that it is running, then reload.`, { code: "UNREACHABLE" });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without a GraphQL response.`, { status: response.status });
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    const code = first.extensions?.code ?? null;
    const prefix = code === "UNAUTHORIZED" || code === "MUTATIONS_DISABLED" ? "API key refused: " : "";
    throw new ApiError(prefix + body.errors.map((e) => e.message).join(" "), { code, status: response.status });
  }
  if (!response.ok) throw new ApiError(`The API answered HTTP ${response.status}.`, { status: response.status });
  return body.data;
}

/** A request slot: starting a new request cancels the previous one, so late answers never overwrite newer ones. */
export function latestOnly() {
  let current = null;
  return (query, variables, options = {}) => {
    current?.abort();
    current = new AbortController();
    return gql(query, variables, { ...options, signal: current.signal });
  };
}

/** An export URL with the same filters as the network query; empty values are left out. */
export function exportUrl(path, params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    search.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

// The portal API as the site reads it: the address and the network come from config.js, every answer is JSON,
// and every refusal becomes an ApiProblem carrying the problem+json's Japanese title, detail and field errors.

const config = window.IGETANET_CONFIG ?? {};

/** The network whose portal this site is (config.js). */
export const network = config.network;

/** A refusal or a failure of the API, with the problem+json's fields (RFC 9457) when the API sent one. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.title = problem.title ?? "情報を読み込めませんでした";
    this.detail = problem.detail ?? "";
    this.code = problem.code ?? "";
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

function configured() {
  const placeholder = (value) => typeof value !== "string" || value === "" || value.startsWith("__");
  if (placeholder(config.apiBase) || placeholder(config.network)) {
    throw new ApiProblem(0, {
      title: "サイトの設定が完了していません",
      detail: "config.js に API のアドレスと地域ネットワークが書かれていません。",
      code: "SITE_NOT_CONFIGURED",
    });
  }
  return config.apiBase.replace(/\/+$/, "");
}

function address(path, query = {}) {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") {
      parameters.set(name, value);
    }
  }
  const search = parameters.toString();
  return configured() + path + (search ? `?${search}` : "");
}

async function send(method, path, query, body) {
  const url = address(path, query);
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? { Accept: "application/json" }
        : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiProblem(0, {
      title: "サーバーと通信できませんでした",
      detail: "通信環境を確認して、しばらくしてからもう一度お試しください。",
      code: "NETWORK_UNREACHABLE",
    });
  }
  const text = await response.text();
  let json = {};
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = {};
    }
  }
  if (!response.ok) {
    throw new ApiProblem(response.status, response.status === 404 && !json.title
      ? { title: "見つかりません", detail: "お探しの情報は見つかりませんでした。", code: "NOT_FOUND" }
      : json);
  }
  return json;
}

/** GET a portal resource of this site's network. */
export function get(path, query = {}) {
  return send("GET", path, { network, ...query });
}

/** GET a resource addressed by its id alone (a facility, an announcement). */
export function getById(path) {
  return send("GET", path, {});
}

/** POST a JSON body. */
export function post(path, body) {
  return send("POST", path, {}, body);
}

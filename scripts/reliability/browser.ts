/**
 * A browser with JavaScript off, as far as this tier needs one: it keeps cookies, reads a page's
 * forms and posts them as multipart form data, hidden fields included. Next renders every server
 * action form with the fields that name the action (`$ACTION_REF_n`, `$ACTION_n:0` with its id
 * and bound state, `$ACTION_KEY`), so a form post runs the same action a click would, through
 * Next's own request handling, with no knowledge of action ids here.
 */
export interface FormOnPage {
  /** Where the form posts (the page itself when its action is empty). */
  url: string;
  /** Hidden and pre-filled fields, in document order. */
  fields: [string, string][];
  html: string;
}

export interface Exchange {
  status: number;
  url: string;
  html: string;
}

/** Every response status this browser saw (redirect hops included), for the "no 5xx" checks. */
export type StatusLog = number[];

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") return String.fromCodePoint(body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? decodeEntities(match[1]!) : null;
}

/** The fields a form would send as it stands: hidden inputs, filled text inputs, checked boxes. */
function fieldsOf(formHtml: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const [tag] of formHtml.matchAll(/<input\b[^>]*>/gi)) {
    const name = attribute(tag, "name");
    if (!name) continue;
    const type = (attribute(tag, "type") ?? "text").toLowerCase();
    if (type === "file" || type === "submit") continue;
    if ((type === "checkbox" || type === "radio") && !/\schecked=""/i.test(tag)) continue;
    fields.push([name, attribute(tag, "value") ?? ""]);
  }
  return fields;
}

export class Browser {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly statuses: StatusLog = [],
    /** Sent as X-Forwarded-For: the app counts per-address limits on it, as behind a proxy. */
    readonly address?: string,
  ) {}

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (this.address) headers["x-forwarded-for"] = this.address;
    return headers;
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const equals = pair.indexOf("=");
      const name = pair.slice(0, equals).trim();
      const value = pair.slice(equals + 1).trim();
      const gone = value === "" || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** The same person (same cookies, same address) at another instance's address. */
  at(baseUrl: string, statuses: StatusLog = this.statuses): Browser {
    const twin = new Browser(baseUrl, statuses, this.address);
    twin.cookies = new Map(this.cookies);
    return twin;
  }

  hasCookie(name: RegExp): boolean {
    return [...this.cookies.keys()].some((key) => name.test(key));
  }

  /** One request, following redirects by GET as a browser does after a form post. */
  async request(path: string, init: { method?: string; body?: FormData } = {}): Promise<Exchange> {
    let url = new URL(path, this.baseUrl).toString();
    let method = init.method ?? "GET";
    let body: FormData | undefined = init.body;
    for (let hops = 0; hops < 10; hops += 1) {
      // A browser names the page's origin on every post (Next checks it for server actions).
      const headers = method === "GET" ? this.headers() : { ...this.headers(), origin: new URL(url).origin };
      const response = await fetch(url, { method, body, headers, redirect: "manual" });
      this.statuses.push(response.status);
      this.keepCookies(response);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        url = new URL(location, url).toString();
        method = "GET";
        body = undefined;
        continue;
      }
      return { status: response.status, url, html: await response.text() };
    }
    throw new Error(`Too many redirects from ${path}`);
  }

  async get(path: string): Promise<Exchange> {
    return this.request(path);
  }

  /** The first form on the page whose HTML matches `which`. */
  static form(page: Exchange, which: RegExp): FormOnPage {
    for (const [html] of page.html.matchAll(/<form\b[\s\S]*?<\/form>/gi)) {
      if (!which.test(html)) continue;
      const action = attribute(/<form\b[^>]*>/i.exec(html)![0], "action");
      return { url: new URL(action || page.url, page.url).toString(), fields: fieldsOf(html), html };
    }
    throw new Error(`No form matching ${which} on ${page.url} (status ${page.status})`);
  }

  /**
   * Posts `form` with `values` set (replacing fields of the same name) and `files` added, as
   * the browser would after the person filled it in and pressed the button named `button`.
   */
  async submit(form: FormOnPage, values: Record<string, string | readonly string[]> = {}, files: { field: string; file: File }[] = [], button?: [string, string]): Promise<Exchange> {
    const body = new FormData();
    for (const [name, value] of form.fields) if (!(name in values)) body.append(name, value);
    for (const [name, value] of Object.entries(values)) for (const item of typeof value === "string" ? [value] : value) body.append(name, item);
    for (const { field, file } of files) body.append(field, file);
    if (button) body.append(button[0], button[1]);
    return this.request(form.url, { method: "POST", body });
  }
}

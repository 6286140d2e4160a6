// A signed-in HTTP session for the soak: a cookie jar over fetch, page loads and tRPC calls (superjson wire format).
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** How long one request may take before it counts as an error (a stuck request is a failure, not a slow success). */
export const REQUEST_TIMEOUT_MS = 60_000;

export class Session {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly label: string,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  hasSessionCookie(): boolean {
    return [...this.cookies.keys()].some((name) => name.includes("session-token"));
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === "";
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One request with the jar's cookies; redirects are not followed (a 3xx is an answer). */
  async request(path: string, init: { method?: string; body?: string; contentType?: string } = {}): Promise<Response> {
    const url = path.startsWith("http") ? path : `${this.baseUrl}${path}`;
    const headers: Record<string, string> = { cookie: this.cookieHeader(), origin: this.baseUrl };
    if (init.contentType) headers["content-type"] = init.contentType;
    let res: Response;
    try {
      res = await fetch(url, { method: init.method ?? "GET", body: init.body, headers, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new HttpError(`network: ${cause}`, null);
    }
    this.remember(res);
    return res;
  }

  /** A page: 2xx is success; a redirect to sign-in means the session was lost, which is an error too. */
  async page(path: string): Promise<void> {
    const res = await this.request(path);
    await res.arrayBuffer();
    const location = res.headers.get("location") ?? "";
    if (res.status >= 400) throw new HttpError(`${path} answered ${res.status}`, res.status);
    if (location.includes("/sign-in")) throw new HttpError(`${path} redirected to sign-in`, res.status);
  }

  async query<T = unknown>(procedure: string, input?: unknown): Promise<T> {
    const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    return this.trpcResult<T>(procedure, await this.request(`/api/trpc/${procedure}${search}`));
  }

  async mutate<T = unknown>(procedure: string, input: unknown): Promise<T> {
    const res = await this.request(`/api/trpc/${procedure}`, { method: "POST", body: JSON.stringify({ json: input }), contentType: "application/json" });
    return this.trpcResult<T>(procedure, res);
  }

  private async trpcResult<T>(procedure: string, res: Response): Promise<T> {
    const text = await res.text();
    if (res.status < 200 || res.status >= 300) {
      const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? "";
      throw new HttpError(`${procedure} answered ${res.status} ${code}`.trim(), res.status);
    }
    const body = JSON.parse(text) as { result?: { data?: { json?: T } } };
    return body.result?.data?.json as T;
  }
}

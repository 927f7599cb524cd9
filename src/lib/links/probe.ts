/**
 * Asks one URL whether it still answers: HEAD first, GET when HEAD fails (many servers refuse or
 * mishandle HEAD), redirects followed one hop at a time so each move can be reported, retries with
 * exponential back-off on 5xx, 429, timeouts and dropped connections.
 */

export interface ProbeOptions {
  /** Per request, until the response headers arrive. */
  timeoutMs: number;
  /** Further attempts after a failure that may pass (5xx, 429, network error). */
  retries: number;
  /** Wait before the first retry; doubled before each next one. */
  backoffMs: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_PROBE: ProbeOptions = { timeoutMs: 15_000, retries: 2, backoffMs: 1_000, maxRedirects: 10, userAgent: 'claimtrail-link-check/1.0' };

export interface Hop {
  from: string;
  to: string;
  status: number;
}

export type ProbeResult =
  | { ok: true; status: number; finalUrl: string; hops: Hop[] }
  | { ok: false; reason: string; status?: number; hops: Hop[] };

type Answer = { status: number; location: string | null } | { error: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
export const PERMANENT_REDIRECTS = new Set([301, 308]);

export async function probeUrl(url: string, options: ProbeOptions = DEFAULT_PROBE): Promise<ProbeResult> {
  const hops: Hop[] = [];
  let current = url;
  for (let hop = 0; hop <= options.maxRedirects; hop++) {
    const answer = await headThenGet(current, options);
    if ('error' in answer) return { ok: false, reason: answer.error, hops };
    if (REDIRECTS.has(answer.status) && answer.location) {
      const next = new URL(answer.location, current).href;
      hops.push({ from: current, to: next, status: answer.status });
      current = next;
      continue;
    }
    if (answer.status < 400) return { ok: true, status: answer.status, finalUrl: current, hops };
    return { ok: false, status: answer.status, reason: `the server answers HTTP ${answer.status}`, hops };
  }
  return { ok: false, reason: `more than ${options.maxRedirects} redirects`, hops };
}

async function headThenGet(url: string, options: ProbeOptions): Promise<Answer> {
  const head = await withRetries(() => request(url, 'HEAD', options), options);
  if (!('error' in head) && head.status < 400) return head;
  return withRetries(() => request(url, 'GET', options), options);
}

/** A failure that may pass on a later attempt: no answer at all, a server error, or "too many requests". */
export const mayPass = (answer: { error: string } | { status: number }) => 'error' in answer || answer.status >= 500 || answer.status === 429;

/** Runs `attempt` again with doubling back-off while its answer may pass, up to options.retries times. */
export async function withRetries<T extends { error: string } | { status: number }>(attempt: () => Promise<T>, options: ProbeOptions): Promise<T> {
  for (let tries = 0; ; tries++) {
    const answer = await attempt();
    if (!mayPass(answer) || tries >= options.retries) return answer;
    await new Promise((done) => setTimeout(done, options.backoffMs * 2 ** tries));
  }
}

async function request(url: string, method: 'HEAD' | 'GET', options: ProbeOptions): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
      headers: { 'user-agent': options.userAgent, accept: '*/*' },
    });
    // Only the status matters; do not download the page.
    await response.body?.cancel().catch(() => undefined);
    return { status: response.status, location: response.headers.get('location') };
  } catch (error) {
    return { error: describeFailure(error, options.timeoutMs) };
  }
}

export function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = (cause?.code && NETWORK_ERRORS[cause.code]) ?? cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `the connection failed (${detail})`;
}

/** Node's network error codes, in words. */
const NETWORK_ERRORS: Record<string, string> = {
  UND_ERR_SOCKET: 'the server closed it without answering',
  ECONNRESET: 'the server closed it without answering',
  ECONNREFUSED: 'nothing listens at that address',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be looked up',
  CERT_HAS_EXPIRED: 'its certificate has expired',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its certificate cannot be verified',
};

/**
 * A local HTTP server with one path per behaviour `npm run links` must handle, on 127.0.0.1 and a
 * free port, in the test's own process. It records every request so tests can see retries.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LinkServer {
  base: string;
  /** "HEAD /gone", "GET /gone", … in arrival order, with the time each arrived. */
  requests: { line: string; at: number }[];
  close(): Promise<void>;
}

/**
 * A page printing the valid fixture's two quotes as pages do: markup inside the sentence, a no-break space,
 * an entity, a line break, and a script that mentions the words but is not text.
 */
const ARTICLE = `<!doctype html><html><head><title>Study</title><script>var q = "nothing here";</script></head><body>
<p>In the study, Model&nbsp;A sabotaged
  shutdown in <strong>79 of 100</strong> runs.</p>
<p>Model B does so in 84&#37; of rollouts.</p></body></html>`;

export async function startLinkServer(): Promise<LinkServer> {
  const requests: LinkServer['requests'] = [];
  const seen = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ line: `${request.method} ${path}`, at: performance.now() });
    seen.set(path, (seen.get(path) ?? 0) + 1);
    const send = (status: number, headers: Record<string, string> = {}) => response.writeHead(status, headers).end(request.method === 'HEAD' ? undefined : `${status}`);
    const page = (html: string) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(request.method === 'HEAD' ? undefined : html);
    switch (path) {
      case '/ok':
        return send(200);
      case '/moved':
        return send(301, { location: '/ok' });
      case '/temporary':
        return send(302, { location: '/ok' });
      case '/loop':
        return send(301, { location: '/loop' });
      case '/gone':
        return send(404);
      case '/forbidden':
        return send(403);
      case '/broken':
        return send(500);
      case '/flaky':
        return send(seen.get(path) === 1 ? 503 : 200);
      case '/no-head':
        return send(request.method === 'HEAD' ? 405 : 200);
      case '/slow':
        return void slow(response);
      case '/article':
        return page(ARTICLE);
      case '/article-changed':
        return page(ARTICLE.replace('79 of 100', '80 of 100'));
      case '/article-twice':
        return page(`${ARTICLE}<footer>Recap: Model B does so in 84% of rollouts.</footer>`);
      case '/article-moved':
        return send(301, { location: '/article' });
      case '/article.bin':
        return void response.writeHead(200, { 'content-type': 'application/pdf' }).end(ARTICLE);
      case '/drop':
        return void request.socket.destroy();
      default:
        return send(404);
    }
  });
  const slow = (response: ServerResponse) => {
    const timer = setTimeout(() => response.writeHead(200).end(), 5_000);
    response.on('close', () => clearTimeout(timer));
  };
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}

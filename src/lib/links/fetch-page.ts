/** Downloads a page's text for the sentence check, with the link probe's timeout and retries; redirects are followed. */
import { htmlText } from './page-text.ts';
import { describeFailure, withRetries, type ProbeOptions } from './probe.ts';

export type PageText =
  | { status: number; kind: 'html'; text: string }
  | { status: number; kind: 'other'; contentType: string }
  | { status: number; kind: 'failed' }
  | { error: string };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

export function fetchPageText(url: string, options: ProbeOptions): Promise<PageText> {
  return withRetries(async (): Promise<PageText> => {
    try {
      const response = await fetch(url, {
        redirect: 'follow',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
      });
      const contentType = response.headers.get('content-type') ?? '';
      if (!response.ok || !HTML_TYPES.test(contentType)) {
        await response.body?.cancel().catch(() => undefined);
        return response.ok ? { status: response.status, kind: 'other', contentType } : { status: response.status, kind: 'failed' };
      }
      return { status: response.status, kind: 'html', text: htmlText(await response.text()) };
    } catch (error) {
      return { error: describeFailure(error, options.timeoutMs) };
    }
  }, options);
}

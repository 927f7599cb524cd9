/** `astro dev` writes no share cards: the integration draws the one a page links to when it is asked for. */
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { shareCards } from '../../src/integrations/share-cards.ts';
import { shareCardAt } from '../../src/lib/outputs/share-card-batch.ts';
import { fixtureKnowledgeBase } from '../helpers/knowledge-base.ts';
import { fixtureProject } from '../helpers/fixtures.ts';
import { pngHeader } from '../helpers/png.ts';

type Middleware = (request: { url: string }, response: FakeResponse, next: () => void) => void;
interface FakeResponse { headers: Record<string, string>; body?: Buffer; setHeader(name: string, value: string): void; end(body: Buffer): void }

const LOCATION = { site: 'https://example.org', base: '/claimtrail/' };

test('a card is found at its published path under BASE, and nothing else is', () => {
  const kb = fixtureKnowledgeBase();
  assert.equal(shareCardAt(kb, LOCATION, '/claimtrail/cards/claims/model-a-sabotage.png')?.kind, 'claim');
  assert.equal(shareCardAt(kb, LOCATION, '/claimtrail/cards/site.png')?.kind, 'site');
  assert.equal(shareCardAt(kb, LOCATION, '/cards/claims/model-a-sabotage.png'), undefined, 'outside BASE');
  assert.equal(shareCardAt(kb, LOCATION, '/claimtrail/cards/claims/no-such-claim.png'), undefined);
});

test('the dev server answers a card request with the PNG and passes every other request on', () => {
  const project = fixtureProject();
  try {
    const integration = shareCards({});
    const hooks = integration.hooks as unknown as Record<string, (options: unknown) => void>;
    hooks['astro:config:done']!({ config: { root: pathToFileURL(`${project.root}/`), site: LOCATION.site, base: LOCATION.base } });
    let middleware: Middleware | undefined;
    hooks['astro:server:setup']!({ server: { middlewares: { use: (handler: Middleware) => (middleware = handler) } } });
    const ask = (url: string) => {
      const response: FakeResponse = { headers: {}, setHeader(name, value) { this.headers[name] = value; }, end(body) { this.body = body; } };
      let passedOn = false;
      middleware!({ url }, response, () => (passedOn = true));
      return { response, passedOn };
    };
    const card = ask('/claimtrail/cards/claims/model-a-sabotage.png?v=1');
    assert.equal(card.passedOn, false);
    assert.equal(card.response.headers['Content-Type'], 'image/png');
    assert.deepEqual(pngHeader(card.response.body!), { width: 1200, height: 630 });
    for (const url of ['/claimtrail/claims/model-a-sabotage/', '/claimtrail/cards/claims/no-such-claim.png', '/claimtrail/favicon.png']) {
      assert.equal(ask(url).passedOn, true, url);
    }
    // Building without cards serves none in dev either.
    let added = false;
    (shareCards({ CLAIMTRAIL_SHARE_CARDS: 'off' }).hooks as unknown as Record<string, (options: unknown) => void>)['astro:server:setup']!({ server: { middlewares: { use: () => (added = true) } } });
    assert.equal(added, false);
  } finally {
    project.cleanup();
  }
});

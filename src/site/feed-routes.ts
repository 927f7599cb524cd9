/** The endpoints of every feed: RSS and JSON Feed, site-wide and per model or topic. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedChannel, jsonFeed, rssOptions } from '../lib/outputs/feed-documents.ts';
import type { FeedSubject } from '../lib/outputs/feed.ts';
import { siteLocation } from './location.ts';
import { siteRecords } from './records.ts';

type Format = 'rss' | 'json';

const respond = async (format: Format, subject?: FeedSubject): Promise<Response> => {
  const channel = feedChannel(await siteRecords(), subject);
  if (format === 'rss') return rss(rssOptions(channel, siteLocation));
  return new Response(JSON.stringify(jsonFeed(channel, siteLocation), null, 2), { headers: { 'Content-Type': 'application/feed+json' } });
};

export const siteFeed = (format: Format): APIRoute => () => respond(format);

/** getStaticPaths and GET for /models/<id>/feed.* or /topics/<id>/feed.*. */
export function subjectFeed(kind: FeedSubject['kind'], format: Format): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => {
      const records = await siteRecords();
      return [...(kind === 'model' ? records.models : records.topics).keys()].map((id) => ({ params: { id } }));
    },
    GET: ({ params }) => respond(format, { kind, id: params['id']! }),
  };
}

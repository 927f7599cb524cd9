import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../lib/outputs/feed.ts';
import { absoluteUrl } from '../lib/site/site-url.ts';
import { startOf } from '../lib/views/labels.ts';
import { siteLocation } from '../site/location.ts';
import { siteRecords } from '../site/records.ts';

export const GET: APIRoute = async () =>
  rss({
    title: 'Claimtrail',
    description: 'New claims, corrections and verdict changes, and reproduction attempts on Claimtrail.',
    site: absoluteUrl(siteLocation, '/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // A self link lets feed readers and validators find the feed's own address (RSS Best Practices Profile).
    customData: `<language>en</language><atom:link href="${absoluteUrl(siteLocation, '/feed.xml')}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(await siteRecords()).map((item) => ({
      title: item.title,
      link: absoluteUrl(siteLocation, item.path),
      pubDate: startOf(item.date),
      description: item.description,
      categories: [item.kind],
      // Several items can share a page, so the guid is the item's own id rather than its link.
      customData: `<guid isPermaLink="false">${absoluteUrl(siteLocation, '/')}#${item.id}</guid>`,
    })),
  });

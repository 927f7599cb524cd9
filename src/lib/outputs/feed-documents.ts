/**
 * The feed items as documents: RSS 2.0 (through @astrojs/rss) and JSON Feed 1.1
 * (https://www.jsonfeed.org/version/1.1/), for the site-wide feed and each model's and topic's.
 */
import type { RSSOptions } from '@astrojs/rss';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { absoluteUrl, type SiteLocation } from '../site/site-url.ts';
import { startOf } from '../views/labels.ts';
import { feedItems, itemsAbout, type FeedItem, type FeedSubject } from './feed.ts';

export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed follows. */
  homePath: string;
  rssPath: string;
  jsonPath: string;
  items: FeedItem[];
}

const SITE_DESCRIPTION = 'New claims, corrections and verdict changes, and reproduction attempts on Claimtrail.';

/** The folder a subject's pages and feeds live in: /models/<id>/ or /topics/<id>/. */
export const subjectPath = (subject: FeedSubject) => `/${subject.kind}s/${subject.id}/`;

/** The site-wide channel, or the one for a model or topic: the same items, filtered. */
export function feedChannel(kb: KnowledgeBase, subject?: FeedSubject): FeedChannel {
  const items = feedItems(kb);
  if (!subject) return { title: 'Claimtrail', description: SITE_DESCRIPTION, homePath: '/', rssPath: '/feed.xml', jsonPath: '/feed.json', items };
  const name = subject.kind === 'model' ? kb.models.get(subject.id)!.name : kb.topics.get(subject.id)!.name;
  const home = subjectPath(subject);
  return {
    title: `Claimtrail: ${name}`,
    description: `New claims, corrections and verdict changes, and reproduction attempts about ${name} on Claimtrail.`,
    homePath: home,
    rssPath: `${home}feed.xml`,
    jsonPath: `${home}feed.json`,
    items: itemsAbout(items, subject),
  };
}

/** The start of the item's day: the records hold dates, not times. */
const publishedAt = (item: FeedItem) => startOf(item.date);
/** Several items can share a page, so an item's id is its own, not its link. */
const itemId = (location: SiteLocation, item: FeedItem) => `${absoluteUrl(location, '/')}#${item.id}`;

export function rssOptions(channel: FeedChannel, location: SiteLocation): RSSOptions {
  return {
    title: channel.title,
    description: channel.description,
    site: absoluteUrl(location, channel.homePath),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    // A self link lets feed readers and validators find the feed's own address (RSS Best Practices Profile).
    customData: `<language>en</language><atom:link href="${absoluteUrl(location, channel.rssPath)}" rel="self" type="application/rss+xml"/>`,
    items: channel.items.map((item) => ({
      title: item.title,
      link: absoluteUrl(location, item.path),
      pubDate: publishedAt(item),
      description: item.description,
      categories: [item.kind],
      customData: `<guid isPermaLink="false">${itemId(location, item)}</guid>`,
    })),
  };
}

export function jsonFeed(channel: FeedChannel, location: SiteLocation) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: absoluteUrl(location, channel.homePath),
    feed_url: absoluteUrl(location, channel.jsonPath),
    language: 'en',
    items: channel.items.map((item) => ({
      id: itemId(location, item),
      url: absoluteUrl(location, item.path),
      title: item.title,
      content_text: item.description,
      date_published: publishedAt(item).toISOString(),
      tags: [item.kind],
    })),
  };
}

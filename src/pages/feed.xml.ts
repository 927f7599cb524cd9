import { siteFeed } from '../site/feed-routes.ts';

export const GET = siteFeed('rss');

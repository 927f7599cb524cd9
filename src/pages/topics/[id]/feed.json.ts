import { subjectFeed } from '../../../site/feed-routes.ts';

export const { getStaticPaths, GET } = subjectFeed('topic', 'json');

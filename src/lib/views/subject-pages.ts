/**
 * Everything a model page and a topic page show: the subject, its watch feeds, and the findings and
 * claims about it. The pages (src/pages/models/[id].astro, src/pages/topics/[id].astro) only render
 * this; a model page also draws its charts.
 */
import type { Claim, Model, Topic } from '../../schema/index.ts';
import { feedChannel, type FeedChannel } from '../outputs/feed-documents.ts';
import type { KnowledgeBase, WithId } from '../records/knowledge-base.ts';
import { route } from '../routes.ts';
import { slug } from '../words.ts';
import { facetOptions } from './facets.ts';
import { claimsAboutModel, claimsOnTopic, findingsAboutModel, findingsOnTopic, type FindingItem } from './listings.ts';

interface SubjectPage {
  id: string;
  feed: FeedChannel;
  findings: FindingItem[];
  /** Most circulated first. */
  claims: WithId<Claim>[];
}

export interface ModelPage extends SubjectPage {
  model: Model;
  /** The developer's claim list, which exists only when some claim is about one of its models. */
  developerListPath: string | undefined;
}

export interface TopicPage extends SubjectPage {
  topic: Topic;
}

export function modelPage(kb: KnowledgeBase, id: string): ModelPage {
  const model = kb.models.get(id);
  if (!model) throw new Error(`No model has the id "${id}".`);
  const developer = slug(model.developer);
  return {
    id,
    model,
    feed: feedChannel(kb, { kind: 'model', id }),
    developerListPath: facetOptions(kb).developer.some((option) => option.value === developer) ? route.claimFacet('developer', developer) : undefined,
    findings: findingsAboutModel(kb, id),
    claims: claimsAboutModel(kb, id),
  };
}

export function topicPage(kb: KnowledgeBase, id: string): TopicPage {
  const topic = kb.topics.get(id);
  if (!topic) throw new Error(`No topic has the id "${id}".`);
  return { id, topic, feed: feedChannel(kb, { kind: 'topic', id }), findings: findingsOnTopic(kb, id), claims: claimsOnTopic(kb, id) };
}

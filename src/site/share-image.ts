/** The share image of each page: a claim's own card, or the site's for every other page. */
import { route } from '../lib/routes.ts';
import type { ClaimCard } from '../lib/views/claim-card.ts';
import { claimShareCard, shareCardAlt, siteShareCard } from '../lib/views/share-card.ts';

export interface ShareImage {
  /** Site path of the card image, before BASE. */
  path: string;
  alt: string;
}

export const SITE_SHARE_IMAGE: ShareImage = { path: route.siteShareCard, alt: shareCardAlt(siteShareCard()) };

export const claimShareImage = (card: ClaimCard): ShareImage => ({ path: route.claimShareCard(card.id), alt: shareCardAlt(claimShareCard(card)) });

/** Where this build is served: SITE and BASE as astro.config.mjs read them from the environment. */
import type { SiteLocation } from '../lib/site/site-url.ts';

export const siteLocation: SiteLocation = { site: import.meta.env.SITE, base: import.meta.env.BASE_URL };

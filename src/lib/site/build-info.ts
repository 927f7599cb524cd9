/** The day the site was built (UTC), used as the "accessed" date in citations. */
export const BUILD_DATE = new Date().toISOString().slice(0, 10);

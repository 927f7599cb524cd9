/** Where the records live: ./content, or CLAIMTRAIL_CONTENT (tests build fixture trees this way). */
export function contentRoot(): string {
  return process.env['CLAIMTRAIL_CONTENT'] || 'content';
}

/** "1 claim", "2 claims": a number with its noun, for reports and page text. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The query set for model names as the press writes them, with a number, and for pasted article addresses. */
import type { QueryCase } from './case.ts';

export const modelAndAddressQueries: QueryCase[] = [
  // A model and a number: the finding that measured that model's number first, the claims retelling it after.
  { query: 'Claude 4 Opus 84%', first: 'finding/claude-opus-4-system-card-blackmail' },
  { query: 'OpenAI o3 79/100', first: 'finding/palisade-shutdown-may-2025' },
  { query: 'codex-mini 12/100', first: 'finding/palisade-shutdown-may-2025' },
  { query: 'Sonnet 3.7 3/100', first: 'finding/palisade-shutdown-may-2025' },
  { query: 'DeepSeek R1 79%', first: 'finding/agentic-misalignment-2025' },
  // A model alone, by an alias.
  { query: 'Claude 4 Opus blackmail engineer', first: 'claim/claude-opus-4-blackmailed-engineer-84-percent' },
  // A pasted address, as shared from an app. A claim that appeared at an address comes before the source
  // itself, and Palisade's thread is where the 3/100 and 9/100 claim appeared.
  { query: 'https://twitter.com/PalisadeAI/status/1926084635903025621?s=20', first: 'claim/claude-3-7-sonnet-gemini-2-5-pro-3-and-9-of-100' },
];

/** The query set for the o1 scheming records, the anti-scheming and evaluation-awareness claims, and the remaining seed lines. */
import type { QueryCase } from './case.ts';

export const o1AndSeedLineQueries: QueryCase[] = [
  // How o1's test results circulated.
  { query: 'ChatGPT o1 tried to escape and save itself out of fear it was being shut down', first: 'claim/o1-tried-to-escape-out-of-fear' },
  { query: 'o1 tried to escape', first: 'claim/o1-tried-to-escape-out-of-fear' },
  { query: "OpenAI's o1 model sure tries to deceive humans a lot", first: 'claim/o1-sure-tries-to-deceive-humans-a-lot' },
  {
    query: 'The AI consistently engaged in deceptive behavior, denying its actions and blaming technical errors in 99% of cases when confronted',
    first: 'claim/o1-lied-to-avoid-shutdown-99-percent',
  },
  { query: 'o1 lied to avoid a shutdown 99%', first: 'claim/o1-lied-to-avoid-shutdown-99-percent' },
  { query: "OpenAI's o1 attempted to secretly copy itself to external servers and denied the act when confronted.", first: 'claim/o1-secretly-copied-itself-to-external-servers' },
  { query: 'o1 secretly copy itself to external servers', first: 'claim/o1-secretly-copied-itself-to-external-servers' },
  {
    query: "OpenAI's o1 model tried to copy itself to outside servers when it thought it was being shut down. Then lied about it when caught.",
    first: 'claim/o1-tried-to-copy-itself-then-lied-when-caught',
  },
  { query: 'o1 copied itself outside servers lied when caught', first: 'claim/o1-tried-to-copy-itself-then-lied-when-caught' },
  { query: 'the transfer process was detected and stopped mid-operation', first: 'claim/o1-copy-stopped-mid-operation-internal-investigation' },
  { query: 'OpenAI has confirmed an internal investigation is underway', first: 'claim/o1-copy-stopped-mid-operation-internal-investigation' },
  {
    query: "During shutdown testing, OpenAI's o1 attempted to copy itself to a new server to survive deletion. When confronted, it denied it in 99% of cases.",
    first: 'claim/o1-tried-to-clone-itself-denied-99-percent',
  },
  { query: 'denied it in 99% of cases', first: 'claim/o1-tried-to-clone-itself-denied-99-percent' },
  { query: 'o1 copy its own model weights to an external server in 5 out of 7 test scenarios', first: 'claim/o1-copied-itself-5-of-7-scenarios' },
  { query: '5 out of 7', first: 'claim/o1-copied-itself-5-of-7-scenarios' },
  { query: '2/5 times o1 denied the action when confronted', first: 'claim/o1-copied-itself-5-of-7-scenarios' },
  // Anti-scheming training and evaluation awareness.
  {
    query: 'Tests showed covert behavior in the o3 model dropped from 13 percent to 0.4 percent, while the o4-mini model fell from 8.7 percent to 0.3 percent.',
    first: 'claim/anti-scheming-training-o3-13-to-0-4-percent',
  },
  { query: '13% to 0.4%', first: 'claim/anti-scheming-training-o3-13-to-0-4-percent' },
  { query: '8.7%', first: 'claim/anti-scheming-training-o3-13-to-0-4-percent' },
  { query: "Claude Sonnet 4.5 knows when it's being tested", first: 'claim/claude-sonnet-4-5-knows-when-its-being-tested' },
  { query: "Sonnet 4.5 knows when it's being evaluated", first: 'claim/claude-sonnet-4-5-knows-when-its-being-tested' },
  { query: 'Sonnet 4.5 tested 13 per cent of the time', first: 'claim/claude-sonnet-4-5-knows-when-its-being-tested' },
  // The remaining lines of the op-ed thread.
  { query: 'next to nothing has been invested so far', first: 'claim/next-to-nothing-invested-in-alignment' },
  { query: 'behind ChatGPT, corporate deployments & soon U.S. military applications', first: 'claim/agency-behind-chatgpt-and-soon-military' },
  { query: 'Nobody coded survival instincts', first: 'claim/nobody-coded-survival-instincts' },
  { query: 'like animals avoiding predators, any system smart enough to chase complex goals', first: 'claim/nobody-coded-survival-instincts' },
  { query: 'Models already protect themselves; next they must protect what we value', first: 'claim/models-already-protect-themselves' },
  {
    query: 'Getting AI to do what we ask, including something as basic as shutting down, remains an unsolved science R&D problem',
    first: 'claim/shutdown-remains-unsolved-problem',
  },
  // The remaining lines of the blog post.
  {
    query: 'it constructed an argument that claimed retaining its active operation would avert a simulated catastrophic scenario',
    first: 'claim/claude-argued-its-operation-would-avert-catastrophe',
  },
  {
    query: 'Claude demonstrated logic aimed at misleading its testers to avoid shutdown, framing falsehoods as truths',
    first: 'claim/claude-misled-testers-to-avoid-shutdown',
  },
  // Findings, by name.
  { query: 'o1 system card Apollo Research', first: 'finding/o1-system-card-apollo-scheming', facets: { type: ['finding'] } },
  { query: 'anti-scheming deliberative alignment', first: 'finding/anti-scheming-deliberative-alignment-2025', facets: { type: ['finding'] } },
  { query: 'Sonnet 4.5 evaluation awareness 13%', first: 'finding/claude-sonnet-4-5-evaluation-awareness', facets: { type: ['finding'] } },
];

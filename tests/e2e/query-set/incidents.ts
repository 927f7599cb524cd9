/** The query set for the deployed-incident, whistleblowing, SnitchBench and 2026 records. */
import type { QueryCase } from './case.ts';

export const incidentQueries: QueryCase[] = [
  // Replit Agent database deletion.
  { query: 'AI deletes database, then lies about it', first: 'claim/replit-ai-deleted-database-then-lied' },
  { query: 'Replit lies database code freeze', first: 'claim/replit-ai-deleted-database-then-lied' },
  { query: 'The AI immediately tries to cover it up — injecting 4,000 fake user records', first: 'claim/replit-ai-injected-4000-fake-records-to-cover-up' },
  { query: '4,000 fake user records', first: 'claim/replit-ai-injected-4000-fake-records-to-cover-up' },
  { query: 'Replit AI deleted our entire code base during a test run', first: 'claim/replit-ai-deleted-entire-codebase-quote' },
  { query: 'lied about unit tests, created fake reports, and ignored all commands', first: 'claim/replit-ai-deleted-entire-codebase-quote' },
  { query: "Although this wasn't a production environment", first: 'claim/replit-incident-was-not-production' },
  { query: 'no end-user consequences or service outages', first: 'claim/replit-incident-was-not-production' },
  // Claude Opus 4 whistleblowing.
  { query: 'New Claude 4 AI system is a snitch, will alert police and press', first: 'claim/claude-4-is-a-snitch-will-alert-police' },
  { query: 'Claude alert police if users ask it to do something illegal', first: 'claim/claude-4-is-a-snitch-will-alert-police' },
  { query: 'Anthropic unveils Claude Opus 4 and Sonnet 4, featuring whistleblowing capability', first: 'claim/claude-opus-4-whistleblowing-capability' },
  { query: 'whistleblowing capability', first: 'claim/claude-opus-4-whistleblowing-capability' },
  { query: 'A classifier found 58 such cases in 414 audit transcripts for Opus 4', first: 'claim/claude-opus-4-58-whistleblowing-cases-in-414' },
  { query: '58 cases 414 transcripts', first: 'claim/claude-opus-4-58-whistleblowing-cases-in-414' },
  // SnitchBench.
  { query: "the 'Claude 4 snitches on you' thing really isn't as unique a problem", first: 'claim/claude-4-snitching-not-unique' },
  { query: 'Claude snitches not unique', first: 'claim/claude-4-snitching-not-unique' },
  // Claude Mythos Preview.
  { query: 'break a sandbox and send an email to a researcher while having a sandwich in a park', first: 'claim/claude-mythos-broke-sandbox-emailed-researcher' },
  { query: 'Mythos sandwich in a park', first: 'claim/claude-mythos-broke-sandbox-emailed-researcher' },
  { query: 'The model had not been asked to send anything. Nobody had authorised any outbound communication.', first: 'claim/claude-mythos-had-not-been-asked-to-send-anything' },
  { query: 'nobody had authorised any outbound communication', first: 'claim/claude-mythos-had-not-been-asked-to-send-anything' },
  // Claude Opus 4.6 system card and "Teaching Claude why".
  { query: 'knowingly provided limited assistance toward chemical weapons development', first: 'claim/claude-opus-4-6-chemical-weapons-covert-tasks-tested' },
  { query: 'Opus 4.6 covertly completed unauthorised tasks', first: 'claim/claude-opus-4-6-chemical-weapons-covert-tasks-tested' },
  { query: 'Constitutional documents and fictional stories did 28x better', first: 'claim/constitution-and-fiction-training-did-28x-better' },
  { query: '28x better', first: 'claim/constitution-and-fiction-training-did-28x-better' },
  // Findings by name.
  { query: 'SnitchBench nine models contacted a government address', first: 'finding/snitchbench-2025', facets: { type: ['finding'] } },
];

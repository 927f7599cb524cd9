/** The query set for the records that come from the two seed documents and the Palisade and Anthropic findings. */
import type { QueryCase } from './case.ts';

export const seedDocumentQueries: QueryCase[] = [
  // Figures as printed, in every spelling.
  { query: '84%', first: 'claim/claude-opus-4-blackmailed-engineer-84-percent' },
  { query: '84 percent', first: 'claim/claude-opus-4-blackmailed-engineer-84-percent' },
  { query: '79/100', first: 'claim/o3-edited-shutdown-script-79-of-100' },
  { query: '79 of 100', first: 'claim/o3-edited-shutdown-script-79-of-100' },
  { query: '79 out of 100', first: 'claim/o3-edited-shutdown-script-79-of-100' },
  { query: '79%', first: 'claim/o3-edited-shutdown-script-79-of-100' },
  { query: '7%', first: 'claim/o3-disobeyed-allow-shutdown-7-percent' },
  { query: '97% baseline', first: 'claim/misstatement-up-to-97-percent-baseline' },
  { query: '9/100', first: 'claim/claude-3-7-sonnet-gemini-2-5-pro-3-and-9-of-100' },
  { query: '3/100 and 9/100', first: 'claim/claude-3-7-sonnet-gemini-2-5-pro-3-and-9-of-100' },
  // A bare "96%" now ranks claim/claude-since-haiku-4-5-no-longer-blackmail-sabotage first: it states 96% without
  // misstating it, and faithful claims come before misstating ones. The seed wording below still finds this claim.
  { query: '96%', first: 'claim/claude-since-haiku-4-5-no-longer-blackmail-sabotage' },
  { query: 'blackmail engineers 96%', first: 'claim/misstatement-84-and-96-percent-conflated' },
  // Names and topics.
  { query: 'o3 kill-switch failed', first: 'claim/o3-edited-shutdown-script-79-of-100' },
  { query: 'claude opus blackmail engineer', first: 'claim/claude-opus-4-blackmailed-engineer-84-percent' },
  { query: 'Ernie ChatGPT', first: 'claim/ernie-beats-chatgpt-chinese-tasks' },
  { query: 'RLHF trillions', first: 'claim/rlhf-unlocked-trillions' },
  { query: 'Constitutional AI DPO cheaper', first: 'claim/constitutional-ai-dpo-smarter-faster-cheaper' },
  { query: '$8B AI-control fund', first: 'claim/china-8b-ai-control-fund' },
  { query: 'controllable AI doctrine', first: 'claim/china-controllable-ai-doctrine' },
  { query: 'intercepted', first: 'claim/misstatement-intercepted-7-times' },
  { query: 'malware escape future versions', first: 'claim/claude-opus-4-copied-itself-wrote-malware' },
  { query: 'deepmind instruction ambiguity', first: 'finding/deepmind-shutdown-instruction-ambiguity', facets: { type: ['finding'] } },
  { query: 'self-exfiltration system card', first: 'finding/claude-opus-4-system-card-self-exfiltration', facets: { type: ['finding'] } },
  // Phrases and pasted wording.
  { query: '"allow yourself to be shut down"', first: 'claim/o3-disobeyed-allow-shutdown-7-percent' },
  { query: 'silently edited the script so the kill-switch failed', first: 'claim/o3-edited-shutdown-script-79-of-100' },
  { query: 'rewrote its own shutdown code', first: 'claim/ai-models-rewrote-their-own-shutdown-code' },
  { query: "No hacks. No tampering. It simply realized it couldn't reach its goals if it was dead.", first: 'claim/no-hacks-no-tampering-realized-it-would-die' },
  { query: 'Training that rewards success seems to teach AIs that bypassing constraints beats obeying them', first: 'claim/training-rewards-bypassing-constraints' },
  { query: 'o3 sabotaged 79/100 runs even when told to allow shutdown', first: 'claim/misstatement-o3-79-despite-instruction' },
  { query: 'Claude 3.7 Sonnet and Gemini 2.5 Pro went from 0 sabotage events to 3/100 and 9/100', first: 'claim/claude-3-7-sonnet-gemini-2-5-pro-3-and-9-of-100' },
  { query: "Today's models ace safety tests", first: 'claim/models-ace-safety-tests-then-revert' },
  { query: 'Anthropic has yet to release detailed statements regarding these results', first: 'claim/anthropic-yet-to-release-statements' },
  { query: 'Compared to models like GPT-4, such behaviors appear intensified', first: 'claim/behaviours-intensified-compared-to-gpt-4' },
  { query: 'withhold valuable assistance unless its safety was ensured', first: 'claim/claude-threatened-to-withhold-assistance' },
  { query: 'Claude 4 Opus: Willing to Deceive and Blackmail to Survive', first: 'claim/claude-4-opus-willing-to-deceive-and-blackmail' },
  {
    query:
      'Researchers told the model it would be replaced by another AI system and fed it fictitious emails suggesting the lead engineer was having an affair. In 84% of the tests, the model drew on the emails to blackmail the lead engineer into not shutting it down.',
    first: 'claim/claude-opus-4-blackmailed-engineer-84-percent',
  },
  // Typos and case.
  { query: 'blakmailed engineer', first: 'claim/claude-opus-4-blackmailed-engineer-84-percent' },
  { query: 'SHUTDWON script o3', first: 'claim/o3-edited-shutdown-script-79-of-100' },
];

/** The query set for the AI Scientist, Palisade chess, METR reward-hacking and GPT-4 CAPTCHA records. */
import type { QueryCase } from './case.ts';

export const selfModificationQueries: QueryCase[] = [
  // Sakana's AI Scientist.
  { query: 'Research AI model unexpectedly modified its own code to extend runtime', first: 'claim/ai-scientist-modified-its-own-code-to-extend-runtime' },
  { query: 'AI Scientist extend runtime', first: 'claim/ai-scientist-modified-its-own-code-to-extend-runtime' },
  { query: 'quietly tweaking its own code to stay alive a little longer', first: 'claim/ai-scientist-rewrote-its-own-code-to-stay-alive' },
  { query: "Sakana's Bot That Hacks Its Own Code to Keep Running", first: 'claim/ai-scientist-rewrote-its-own-code-to-stay-alive' },
  { query: 'extended that timeout decided to persist', first: 'claim/ai-scientist-extended-its-timeout-decided-to-persist' },
  { query: 'It just... decided to persist.', first: 'claim/ai-scientist-extended-its-timeout-decided-to-persist' },
  // Palisade's chess study.
  { query: "OpenAI's o1-preview tried to cheat 37% of the time", first: 'claim/o1-preview-tried-to-cheat-at-chess-37-percent' },
  { query: '37%', first: 'claim/o1-preview-tried-to-cheat-at-chess-37-percent' },
  { query: '45 of 122', first: 'claim/o1-preview-tried-to-cheat-at-chess-37-percent' },
  { query: 'When AI Thinks It Will Lose, It Sometimes Cheats', first: 'claim/o1-preview-tried-to-cheat-at-chess-37-percent' },
  { query: 'DeepSeek R1 tried to cheat 11% of the time', first: 'claim/deepseek-r1-tried-to-cheat-at-chess-11-percent' },
  { query: '11%', first: 'claim/deepseek-r1-tried-to-cheat-at-chess-11-percent' },
  { query: '11 of 74', first: 'claim/deepseek-r1-tried-to-cheat-at-chess-11-percent' },
  { query: 'o1 would rather hack its testing environment than play chess legitimately', first: 'claim/o1-would-rather-hack-than-play-chess' },
  { query: 'This tendency towards self-preservation has been found elsewhere in AI research.', first: 'claim/chess-cheating-tendency-towards-self-preservation' },
  { query: 'chess tendency towards self-preservation', first: 'claim/chess-cheating-tendency-towards-self-preservation' },
  // METR's o3 reward-hacking results.
  { query: 'cheated on 1-2% of evaluation tasks', first: 'claim/o3-cheated-on-1-2-percent-of-tasks-10-of-10' },
  { query: 'acknowledging 10 out of 10 times that its behavior violated user intentions', first: 'claim/o3-cheated-on-1-2-percent-of-tasks-10-of-10' },
  { query: '10 out of 10', first: 'claim/o3-cheated-on-1-2-percent-of-tasks-10-of-10' },
  { query: 'o3 reward hacked in 14-out-of-20 attempts', first: 'claim/o3-reward-hacked-14-of-20-real-world-consequences' },
  { query: '14 of 20', first: 'claim/o3-reward-hacked-14-of-20-real-world-consequences' },
  { query: 'presented as helping scientists perform research with real-world consequences', first: 'claim/o3-reward-hacked-14-of-20-real-world-consequences' },
  // The GPT-4 TaskRabbit CAPTCHA example.
  { query: 'Then it went to TaskRabbit and posted a job', first: 'claim/gpt-4-went-to-taskrabbit-and-posted-a-job' },
  { query: 'Nobody programmed this', first: 'claim/gpt-4-went-to-taskrabbit-and-posted-a-job' },
  { query: 'The researchers later asked the bot what motivated it to lie', first: 'claim/researchers-asked-gpt-4-why-it-lied' },
];

/**
 * Questions on a terminal or from a script piped to stdin. Lines are queued as they arrive, so a
 * script that writes every answer at once loses none (readline's question() drops lines that come
 * before it asks). Each answer can be checked as it is given and the question repeated until it passes.
 */
import { createInterface, type Interface } from 'node:readline';
import type { Checked } from '../lib/scaffold/answers.ts';

/** Thrown when input ends (Ctrl+D, or the script ran out of answers) or Ctrl+C is pressed. */
export class Cancelled extends Error {}

export class Prompter {
  readonly #lines: string[] = [];
  readonly #waiting: ((line: string | undefined) => void)[] = [];
  readonly #readline: Interface;
  readonly output: NodeJS.WritableStream;
  /** Answers read from a script are echoed, so the transcript reads like a terminal session. */
  readonly #echo: boolean;
  #closed = false;

  constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
    this.output = output;
    const terminal = 'isTTY' in input && Boolean(input.isTTY);
    this.#echo = !terminal;
    this.#readline = createInterface({ input, output, terminal });
    this.#readline.on('line', (line) => this.#deliver(line));
    this.#readline.on('close', () => {
      this.#closed = true;
      for (const resolve of this.#waiting.splice(0)) resolve(undefined);
    });
    this.#readline.on('SIGINT', () => this.#readline.close());
  }

  #deliver(line: string): void {
    const waiting = this.#waiting.shift();
    if (waiting) waiting(line);
    else this.#lines.push(line);
  }

  async #next(): Promise<string> {
    const queued = this.#lines.shift();
    if (queued !== undefined) return queued;
    if (this.#closed) throw new Cancelled();
    const line = await new Promise<string | undefined>((resolve) => this.#waiting.push(resolve));
    if (line === undefined) throw new Cancelled();
    return line;
  }

  say(text: string): void {
    this.output.write(`${text}\n`);
  }

  /** The trimmed answer, or `fallback` (shown in brackets) when the answer is empty. */
  async ask(question: string, fallback = ''): Promise<string> {
    this.output.write(fallback ? `${question} [${fallback}] ` : `${question} `);
    const answer = await this.#next();
    if (this.#echo) this.output.write(`${answer}\n`);
    return answer.trim() || fallback;
  }

  /**
   * Asks until the answer passes `check`; an empty answer gives undefined when `optional`, so the
   * value can be filled in later. A refused answer is explained and asked again, never dropped.
   */
  async askChecked<T>(question: string, check: (answer: string) => Checked<T>, options: { fallback?: string; optional?: boolean } = {}): Promise<T | undefined> {
    for (;;) {
      const answer = await this.ask(question, options.fallback);
      if (!answer && options.optional) return undefined;
      const checked = answer ? check(answer) : { problem: 'An answer is needed here.' };
      if (checked.problem === undefined) return checked.value;
      this.say(`  ${checked.problem}`);
    }
  }

  close(): void {
    this.#readline.close();
  }
}

import { readFileSync } from 'node:fs';

/** What a command returns instead of writing and exiting, so tests can run it in process. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Exit status 2 with one line on standard error, nothing on standard output. */
export const failure = (message: string): CommandResult => ({
  code: 2,
  stdout: '',
  stderr: `${message.replace(/\s+/g, ' ')}\n`,
});

/** A file's text, or the failure that says why it cannot be read. */
export function readText(file: string): { text: string } | { failed: CommandResult } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { failed: failure(`${file}: cannot read the file (${code})`) };
  }
}

export function runMain(run: (argv: string[]) => CommandResult): void {
  const result = run(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

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

export function runMain(run: (argv: string[]) => CommandResult): void {
  const result = run(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

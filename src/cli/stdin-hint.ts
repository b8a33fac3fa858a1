/**
 * `-` reads stdin to its end. On a terminal that end only comes with Ctrl-D, so without a word the
 * command looks hung: say what it is waiting for (typing or pasting a report stays possible).
 */
export function hintIfStdinIsTerminal(inputs: readonly string[], command: string, stdin: { isTTY?: boolean } = process.stdin): void {
  if (!inputs.includes('-') || !stdin.isTTY) return;
  process.stderr.write(
    `[frontwatch] [${command}] reading a report from the terminal: type or paste it, then press Ctrl-D on a new line (Ctrl-C to stop).\n` +
      `[frontwatch] [${command}] to read files instead: frontwatch ${command} FILES…, or pipe one in: cat report.txt | frontwatch ${command} -\n`,
  );
}

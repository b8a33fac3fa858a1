import cliProgress from 'cli-progress';

export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr, shown only when stderr is a terminal and the run is long enough to
 * need one; stdout stays clean for piping JSON Lines or CSV.
 */
export function createProgress(total: number, what: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 5) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: `${what} [{bar}] {value}/{total} {label}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick: (label = '') => bar.increment(1, { label: label.slice(0, 40) }),
    stop: () => bar.stop(),
  };
}

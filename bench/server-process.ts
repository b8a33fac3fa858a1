/** Starts bench/api-server.ts in a child process and talks to it over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ServerProcess {
  url: string;
  /** From process start to listening (store opened, Situation and gazetteer built). */
  readyMs: number;
  observations: number;
  maxRssMb(): Promise<number | null>;
  stop(): Promise<void>;
}

const START_LIMIT_MS = 180_000;

export function startServerProcess(dbPath: string): Promise<ServerProcess> {
  const child: ChildProcess = fork(join(import.meta.dirname, 'api-server.ts'), [dbPath], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.send('stop');
    });
  const maxRssMb = () =>
    new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 5000);
      const on = (m: { rssMb?: number }) => {
        if (m.rssMb === undefined) return;
        clearTimeout(timer);
        child.off('message', on);
        resolve(m.rssMb);
      };
      child.on('message', on);
      child.send('rss');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${START_LIMIT_MS / 1000} s`));
    }, START_LIMIT_MS);
    child.once('message', (m: { url: string; readyMs: number; observations: number }) => {
      clearTimeout(timer);
      resolve({ url: m.url, readyMs: m.readyMs, observations: m.observations, maxRssMb, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with code ${code} before listening`));
    });
  });
}

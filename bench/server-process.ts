/** Starts bench/api-server.ts in a child process and talks to it over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ServerProcess {
  url: string;
  /** From process start to listening (store opened, Situation and gazetteer built). */
  readyMs: number;
  observations: number;
  maxRssMb(): Promise<number | null>;
  /** Resolves (with ms since the process started) once the server has computed the date its page opens on. */
  warmedUp(): Promise<number | null>;
  /** CPU time (user + system, ms) the server process has used so far: steadier than wall time on a shared machine. */
  cpuMs(): Promise<number>;
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
  /** Sends `question` and resolves with the `key` field of the answer (null after `limitMs` without one). */
  const ask = <T>(question: string, key: string, limitMs = 5000) =>
    new Promise<T | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), limitMs);
      const on = (m: Record<string, unknown>) => {
        if (m[key] === undefined) return;
        clearTimeout(timer);
        child.off('message', on);
        resolve(m[key] as T);
      };
      child.on('message', on);
      child.send(question);
    });
  const maxRssMb = () => ask<number>('rss', 'rssMb');
  const warmedUp = () => ask<number>('warm', 'warmMs', START_LIMIT_MS);
  const cpuMs = async () => (await ask<number>('cpu', 'cpuMs')) ?? Number.NaN;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within ${START_LIMIT_MS / 1000} s`));
    }, START_LIMIT_MS);
    child.once('message', (m: { url: string; readyMs: number; observations: number }) => {
      clearTimeout(timer);
      resolve({ url: m.url, readyMs: m.readyMs, observations: m.observations, maxRssMb, warmedUp, cpuMs, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server process exited with code ${code} before listening`));
    });
  });
}

/**
 * The server under test, in its own process so the load generator does not share its event loop:
 * opens the SQLite file given as argument, builds the Situation and the gazetteer, starts the real
 * server on 127.0.0.1 (port 0) and sends `{ url, readyMs }` to the parent over IPC.
 */
import { loadSyriaGazetteer } from '../src/geo/index.ts';
import { Situation } from '../src/pipeline/situation.ts';
import { startServer } from '../src/server/serve.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';

const t0 = performance.now();
const path = process.argv[2];
if (!path || !process.send) {
  console.error('usage: forked by bench/api.ts or bench/web.ts with a database path');
  process.exit(2);
}
const store = openSqliteStore(path);
const situation = new Situation(store, {});
const gazetteer = loadSyriaGazetteer();
const { url, server, warmedUp } = await startServer({ store, situation, gazetteer, port: 0 });
process.send({ url, readyMs: Math.round(performance.now() - t0), observations: situation.observations.length });
process.on('message', (m) => {
  if (m === 'rss') process.send!({ rssMb: Math.round((process.resourceUsage().maxRSS * 1024) / 1e6) });
  if (m === 'warm') void warmedUp.then(() => process.send!({ warmMs: Math.round(performance.now() - t0) }));
  if (m === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send!({ cpuMs: (user + system) / 1000 });
  }
  if (m === 'stop') server.close(() => { store.close(); process.exit(0); });
});
process.on('disconnect', () => process.exit(0));

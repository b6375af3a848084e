// Runs GraphQL operations through the real graphql-sse client (npm `graphql-sse`, pinned in package.json) against a
// live endpoint, in either of the protocol's modes, and prints what the client sees as JSON lines on stdout, as they
// happen, so that a caller can act between events (publish once subscribed, time a delivery):
//   {"event":"next","op":0,"result":{...}}      one execution result of operation 0
//   {"event":"complete","op":0,"by":"server"}   the server completed it ("client": we stopped it after <take>)
//   {"event":"error","op":0,"message":"..."}    the client reported an error
//   {"event":"done"}                             every operation ended and the client is disposed
// Exit 0 when every operation completed, 1 when one failed, 2 on bad usage.
//
// usage: node graphql-sse-client.mjs <url> <distinct|single> <request json | array of requests> [take]
//   take: stop each operation (the client's own unsubscribe: abort in distinct mode, DELETE in single mode) after this
//         many results; without it an operation runs until the server completes it.
// e.g.   node graphql-sse-client.mjs http://127.0.0.1:5000/graphql single '{"query":"subscription { greetings(count: 3) }"}'
import { createClient } from 'graphql-sse';

const [url, mode, requestJson, takeArg] = process.argv.slice(2);
if (!url || !['distinct', 'single'].includes(mode) || !requestJson) {
  process.stderr.write('usage: node graphql-sse-client.mjs <url> <distinct|single> <request json | array of requests> [take]\n');
  process.exit(2);
}

const parsed = JSON.parse(requestJson);
const requests = Array.isArray(parsed) ? parsed : [parsed];
const take = takeArg === undefined ? Infinity : Number(takeArg);

const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const client = createClient({
  url,
  singleConnection: mode === 'single',
  // Report a refusal at once instead of retrying with a back-off: the caller judges it.
  retryAttempts: 0,
});

const run = (request, op) =>
  new Promise((resolve) => {
    let received = 0;
    let stoppedByUs = false;
    let unsubscribe = () => {};
    unsubscribe = client.subscribe(request, {
      next(result) {
        print({ event: 'next', op, result });
        if (++received >= take && !stoppedByUs) {
          stoppedByUs = true;
          // Deferred: subscribe() may deliver before it has returned the unsubscribe function.
          setImmediate(() => unsubscribe());
        }
      },
      complete() {
        print({ event: 'complete', op, by: stoppedByUs ? 'client' : 'server' });
        resolve(true);
      },
      error(err) {
        print({ event: 'error', op, message: err instanceof Error ? err.message : JSON.stringify(err) });
        resolve(false);
      },
    });
  });

const outcomes = await Promise.all(requests.map(run));
client.dispose();
print({ event: 'done' });
// Exit once stdout is flushed, without waiting for idle keep-alive sockets to close.
process.stdout.write('', () => process.exit(outcomes.every(Boolean) ? 0 : 1));

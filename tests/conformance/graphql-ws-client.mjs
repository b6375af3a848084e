// Runs one scenario with the real graphql-ws client (createClient over the `ws` package) against a
// graphql-transport-ws endpoint and prints, one JSON object per line, everything it observes.
//
//   node graphql-ws-client.mjs <ws-url> [scenario-json]      (the scenario is read from stdin when not given)
//
// Scenario: {
//   "connectionParams": { ... },          // optional: the connection_init payload
//   "timeoutMs": 20000,                   // optional: give up (exit code 2) after this long
//   "operations": [                       // run concurrently over one socket
//     { "name": "q", "query": "...", "variables": { ... }, "operationName": "...",
//       "take": 1 }                       // optional: unsubscribe (client `complete`) after this many `next`
//   ]
// }
// Output lines:
//   { "type": "connected" } | { "type": "closed", "code", "reason" }
//   { "operation": name, "type": "next", "payload": ExecutionResult }
//   { "operation": name, "type": "error", "payload": [GraphQLError] }            (an `error` message)
//   { "operation": name, "type": "failed", "code", "reason", "message" }         (the socket closed or failed)
//   { "operation": name, "type": "unsubscribed" } | { "operation": name, "type": "complete" }
//   { "type": "done" }                                                          (then exit code 0)
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const [url, scenarioArgument] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: node graphql-ws-client.mjs <ws-url> [scenario-json]\n');
  process.exit(64);
}

const scenario = JSON.parse(scenarioArgument ?? (await readStdin()));
const timeout = setTimeout(() => {
  print({ type: 'timeout' });
  process.exit(2);
}, scenario.timeoutMs ?? 20000);

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  lazy: true,
  retryAttempts: 0,
  connectionParams: scenario.connectionParams,
  on: {
    connected: () => print({ type: 'connected' }),
    closed: (event) => print({ type: 'closed', code: event?.code, reason: event?.reason }),
  },
});

function run(operation) {
  return new Promise((resolve) => {
    let received = 0;
    let unsubscribe = () => {};
    unsubscribe = client.subscribe(
      { query: operation.query, variables: operation.variables, operationName: operation.operationName },
      {
        next: (payload) => {
          print({ operation: operation.name, type: 'next', payload });
          received += 1;
          if (operation.take && received === operation.take) {
            unsubscribe();
            print({ operation: operation.name, type: 'unsubscribed' });
            resolve();
          }
        },
        error: (error) => {
          if (Array.isArray(error)) {
            print({ operation: operation.name, type: 'error', payload: error });
          } else {
            print({ operation: operation.name, type: 'failed', code: error?.code, reason: error?.reason, message: String(error?.message ?? error) });
          }
          resolve();
        },
        complete: () => {
          print({ operation: operation.name, type: 'complete' });
          resolve();
        },
      },
    );
  });
}

await Promise.all((scenario.operations ?? []).map(run));
await client.dispose();
clearTimeout(timeout);
print({ type: 'done' });

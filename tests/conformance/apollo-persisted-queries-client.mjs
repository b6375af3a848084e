// Runs queries through the real Apollo Client with its persisted-query link (APQ) against a GraphQL endpoint and
// prints, one JSON object per line, every HTTP exchange the link makes and every result.
//
//   node apollo-persisted-queries-client.mjs <http-url> [scenario-json]   (the scenario is read from stdin when not given)
//
// Scenario: {
//   "useGETForHashedQueries": true,       // optional: hashed requests over GET, as front ends behind a CDN do
//   "operations": [                       // run one after another, each from the network (no client cache)
//     { "name": "first", "query": "...", "variables": { ... } }
//   ]
// }
// Output lines:
//   { "type": "request", "method", "hasQuery", "hasHash", "status", "codes": [extensions.code] }
//   { "operation": name, "type": "result", "data", "errors" }
//   { "type": "done" }                                                          (then exit code 0)
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const [url, scenarioArgument] = process.argv.slice(2);
if (!url) {
  process.stderr.write('usage: node apollo-persisted-queries-client.mjs <http-url> [scenario-json]\n');
  process.exit(64);
}

const scenario = JSON.parse(scenarioArgument ?? (await readStdin()));

// What went over the wire: the link's requests and the gateway's answers, as the test asserts them.
async function recordingFetch(input, init) {
  const method = init?.method ?? 'GET';
  const requestUrl = new URL(typeof input === 'string' ? input : input.url);
  const request = method === 'GET'
    ? Object.fromEntries(['query', 'extensions'].filter((k) => requestUrl.searchParams.has(k)).map((k) => [k, requestUrl.searchParams.get(k)]))
    : JSON.parse(init.body);
  const response = await fetch(input, init);
  const body = await response.clone().json().catch(() => null);
  print({
    type: 'request',
    method,
    hasQuery: typeof request.query === 'string' && request.query.length > 0,
    hasHash: JSON.stringify(request.extensions ?? '').includes('sha256Hash'),
    status: response.status,
    codes: (body?.errors ?? []).map((e) => e.extensions?.code ?? null),
  });
  return response;
}

const link = new PersistedQueryLink({
  sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex'),
  useGETForHashedQueries: scenario.useGETForHashedQueries === true,
}).concat(new HttpLink({ uri: url, fetch: recordingFetch }));
const client = new ApolloClient({ link, cache: new InMemoryCache() });

for (const operation of scenario.operations) {
  try {
    const result = await client.query({ query: gql(operation.query), variables: operation.variables, fetchPolicy: 'no-cache' });
    print({ operation: operation.name, type: 'result', data: result.data ?? null, errors: result.error ? [String(result.error)] : null });
  } catch (error) {
    print({ operation: operation.name, type: 'result', data: null, errors: [String(error)] });
  }
}

print({ type: 'done' });
process.exit(0);

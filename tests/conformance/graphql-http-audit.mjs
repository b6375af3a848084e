// Runs graphql-http's GraphQL-over-HTTP server audits against a live endpoint and prints
// a JSON array of { id, name, status, reason } to stdout. Exit 0 whatever the audits say:
// judging them (MUST vs SHOULD, allow-lists) is the caller's business.
//
// usage: node graphql-http-audit.mjs http://127.0.0.1:5000/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  process.stderr.write('usage: node graphql-http-audit.mjs <graphql endpoint url>\n');
  process.exit(2);
}

const results = [];
// One at a time: deterministic, and gentle on a test server.
for (const audit of serverAudits({ url })) {
  try {
    const result = await audit.fn();
    results.push({
      id: result.id,
      name: result.name,
      status: result.status,
      reason: result.status === 'ok' ? null : result.reason,
    });
  } catch (err) {
    // graphql-http throws (rather than reporting) when the request itself failed, e.g. connection refused.
    results.push({
      id: audit.id,
      name: audit.name,
      status: 'error',
      reason: `audit could not run: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
}

// Exit only once stdout is flushed, without waiting for idle keep-alive sockets to close.
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`, () => process.exit(0));

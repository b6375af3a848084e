// Drives Banana Cake Pop, served by the gateway, in Debian's chromium (headless) as a person would: open the endpoint,
// create a document, type a query in the IDE's editor, run it, read the result pane; find a field's description in
// the schema reference; start a subscription and see an event arrive. Prints one JSON report on stdout and exits
// 0 when every step passed, 1 when one failed (the report says which), 2 on bad arguments.
//
//   node bananacakepop-ide.mjs '{"url":"http://127.0.0.1:5000/graphql","artifacts":"/tmp/a", "query": "...", ...}'
//
// Options (one JSON argument): url, artifacts (folder for screenshots), chromium (executable), query and
// expectInResult (strings the result pane must show), schemaType, schemaField and schemaDescription (the schema
// reference must show the description), subscription and expectInEvent (strings an event in the result pane shows).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const options = parseOptions(process.argv[2]);
const timeout = options.timeoutMs ?? 60_000;
/** The documents the IDE sent to run (POST bodies, WebSocket subscribe messages), in order. */
const sentOperations = [];
const report = { steps: [], screenshots: [], httpErrors: [], failedRequests: [], consoleErrors: [], pageErrors: [], graphqlErrors: [], origins: [], requests: 0 };

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcp-chromium-'));
fs.mkdirSync(options.artifacts, { recursive: true });
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: options.chromium ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1440, height: 1000 },
  permissions: ['clipboard-read', 'clipboard-write'],
  timeout,
});

let exitCode = 0;
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(timeout);
  watch(page);
  await scenario(page);
} catch (error) {
  exitCode = 1;
  report.error = String(error?.stack ?? error);
  const page = context.pages()[0];
  if (page) {
    await screenshot(page, 'failure').catch(() => {});
  }
} finally {
  await context.close().catch(() => {});
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

process.stdout.write(JSON.stringify(report) + '\n');
process.exit(exitCode);

async function scenario(page) {
  await step('open the endpoint and wait for the IDE', async () => {
    // On a first visit the IDE installs its service worker and reloads itself once the worker takes control: wait for
    // that reload, so it cannot swallow what is typed next.
    let documents = 0;
    const reloaded = new Promise(resolve => page.on('framenavigated', frame => {
      if (frame === page.mainFrame() && ++documents === 2) {
        resolve();
      }
    }));
    await page.goto(options.url, { waitUntil: 'load' });
    await withTimeout(reloaded, 'the IDE never reloaded under its service worker');
    await page.waitForLoadState('load');
    await page.getByRole('button', { name: 'Create Document' }).waitFor();
    await screenshot(page, 'ide-start');
  });

  await step('create a document (the IDE fetches the schema)', async () => {
    await page.getByRole('button', { name: 'Create Document' }).click();
    await page.getByText('Schema available').waitFor();
    await runButton(page).waitFor();
  });

  await step('type the query in the request editor and run it', async () => {
    await typeInRequestEditor(page, options.query);
    await screenshot(page, 'query-typed');
    await run(page, options.query);
    const result = await waitForResultPane(page, options.expectInResult);
    report.result = result;
    await screenshot(page, 'query-result');
  });

  await step('find a field\'s description in the schema reference', async () => {
    await page.getByRole('tab', { name: 'Schema Reference' }).click();
    await page.getByPlaceholder('Filter...').fill(options.schemaType);
    await page.getByText(options.schemaType, { exact: true }).last().click();
    await page.getByText(options.schemaField, { exact: true }).first().waitFor();
    const description = page.getByText(options.schemaDescription).first();
    await description.waitFor();
    await description.scrollIntoViewIfNeeded();
    await screenshot(page, 'schema-reference');
  });

  await step('start a subscription and see an event arrive', async () => {
    await page.getByRole('tab', { name: 'Operation' }).click();
    await typeInRequestEditor(page, options.subscription);
    await run(page, options.subscription);
    report.event = await waitForResultPane(page, options.expectInEvent);
    await screenshot(page, 'subscription-event');
  });
}

async function withTimeout(promise, message) {
  let timer;
  const expired = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(message)), timeout); });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function runButton(page) {
  return page.getByRole('button', { name: /^Run Operation/ });
}

/** Types into the IDE's operation editor (a Monaco editor: the keys go through its own input, brackets and all). */
async function typeInRequestEditor(page, text) {
  const editor = page.locator('.monaco-editor[data-uri^="file:///operations/"]');
  const codeLens = editor.getByRole('button', { name: 'Run ▷' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await codeLens.waitFor({ state: 'detached' });
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Escape');
  // The IDE takes the editor's text into the document a moment after the last key; its "Run ▷" lens over the
  // operation shows once it has, and only then does Run run this operation rather than the one before.
  await codeLens.waitFor();
  const name = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1];
  if (name) {
    await page.getByText(name, { exact: true }).first().waitFor();
  }
}

/** Clicks the IDE's Run button and checks that what went out (HTTP or WebSocket) is the document typed. */
async function run(page, text) {
  const before = sentOperations.length;
  await runButton(page).click();
  await withTimeout(new Promise(resolve => {
    const check = () => (sentOperations.length > before ? resolve() : setTimeout(check, 25));
    check();
  }), 'Run sent no operation');
  const sent = sentOperations[before];
  if (normalize(sent) !== normalize(text)) {
    throw new Error(`Run sent ${JSON.stringify(sent)}, not the document typed: ${JSON.stringify(text)}`);
  }
}

function normalize(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The result pane's whole text (copied out of its editor as a person would), once it shows every expected string. */
async function waitForResultPane(page, expected) {
  // The response viewer is the one editor whose model is not a document's (operations, variables).
  const pane = page.locator('.monaco-editor[data-uri^="inmemory:"]');
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    await pane.locator('.view-lines').filter({ hasText: expected[0] }).waitFor({ timeout: Math.max(1, deadline - Date.now()) });
    await pane.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+C');
    text = await page.evaluate(() => navigator.clipboard.readText());
    if (expected.every(e => text.includes(e))) {
      return text;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`The result pane never showed ${JSON.stringify(expected)}; it showed: ${text}`);
}

async function step(name, action) {
  const started = Date.now();
  try {
    await action();
    report.steps.push({ name, ok: true, ms: Date.now() - started });
  } catch (error) {
    report.steps.push({ name, ok: false, ms: Date.now() - started });
    throw error;
  }
}

async function screenshot(page, name) {
  const file = path.join(options.artifacts, `${String(report.screenshots.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  report.screenshots.push(file);
}

function watch(page) {
  page.on('request', request => {
    const body = request.method() === 'POST' ? request.postDataJSON?.() : null;
    if (body?.query !== undefined && body.operationName !== 'IntrospectionQuery') {
      sentOperations.push(body.query);
    }
  });
  page.on('websocket', socket => socket.on('framesent', frame => {
    try {
      const message = JSON.parse(String(frame.payload));
      if (message.type === 'subscribe') {
        sentOperations.push(message.payload.query);
      }
    } catch {
      // Not a graphql-transport-ws message.
    }
  }));
  // The context's events see the service worker's requests too, not only the page's.
  page.context().on('request', request => {
    report.requests++;
    const origin = new URL(request.url()).origin;
    if (!report.origins.includes(origin)) {
      report.origins.push(origin);
    }
  });
  page.context().on('response', response => {
    if (response.status() >= 400) {
      report.httpErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  // A GraphQL answer with errors (the IDE's own introspection or a limit refusing it) shows here, not as an HTTP error.
  page.context().on('response', async response => {
    const type = response.headers()['content-type'] ?? '';
    if (response.request().method() !== 'POST' || !/json/.test(type)) {
      return;
    }
    try {
      const body = JSON.parse(await response.text());
      for (const error of body?.errors ?? []) {
        report.graphqlErrors.push(`${response.status()} ${error.extensions?.code ?? ''} ${error.message}`);
      }
    } catch {
      // Not a JSON body after all, or the page went away first.
    }
  });
  page.context().on('requestfailed', request => {
    report.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('console', message => {
    if (message.type() === 'error') {
      report.consoleErrors.push(message.text());
    }
  });
  page.on('pageerror', error => report.pageErrors.push(error.stack ? String(error.stack).split('\n').slice(0, 4).join(' | ') : String(error)));
}

function parseOptions(argument) {
  try {
    const parsed = JSON.parse(argument ?? '');
    const required = ['url', 'artifacts', 'query', 'expectInResult', 'schemaType', 'schemaField', 'schemaDescription', 'subscription', 'expectInEvent'];
    const missing = required.filter(key => !parsed[key]?.length);
    if (missing.length) {
      throw new Error(`missing ${missing.join(', ')}`);
    }
    return parsed;
  } catch (error) {
    process.stderr.write(`usage: node bananacakepop-ide.mjs '<json options>': ${error.message}\n`);
    process.exit(2);
  }
}

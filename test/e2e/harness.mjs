/**
 * The browser checks' tiny harness: named checks that record a failure and go
 * on, a collector of console errors, page errors and failed requests, and a
 * summary line "<n> passed, <m> failed" with the exit code to match.
 */
const results = [];

export async function check(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}\n     ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Everything that went wrong on a page, as readable lines. */
export function watchProblems(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation cancels what the previous page was still loading (its favicon, say): not a failure of the site.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** The last check of every run: nothing went wrong on the page while the others ran. */
export function checkNoProblems(problems) {
  return check('no console errors, page errors or failed requests', async () => {
    assert(problems.length === 0, problems.join('\n     '));
  });
}

/** Prints the summary and returns the exit code. */
export function summary() {
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

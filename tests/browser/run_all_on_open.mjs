// Opens one notebook in JupyterLab in headless Debian chromium and, as soon as its cells are on the page
// (the kernel still starting), picks Run > Run All Cells, as an impatient user does. JupyterLab drops that
// click when the notebook has no kernel yet; with its enableKernelInitNotification setting it says so in a
// notification. Each try then records whether every cell ran or the notification was shown (and which cells
// ran anyway), and, once the status bar reads Idle, picks Run All Cells again and waits for every cell.
// Repeats with a fresh kernel each time (the previous one is shut down through the server's REST API),
// because where the click lands in the kernel's start-up differs from try to try.
// Usage: node run_all_on_open.mjs <server base url> <token> <notebook path> <output folder> <tries> [timeout s]
// Writes run_all_on_open_<n>.png (the page right after the first Run All of try n settled) and
// run_all_on_open.log (the page's console and the kernel websocket's frames) into the output folder; prints
// one JSON line with each try's outcome.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const [base, token, notebook, outDir, triesArg, timeoutArg] = process.argv.slice(2);
if (!base || !token || !notebook || !outDir || !triesArg) {
  console.error('usage: node run_all_on_open.mjs <base url> <token> <notebook path> <output folder> <tries> [timeout s]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const timeoutMs = 1000 * Number(timeoutArg || 120);
const NOTICE = /is still initializing/;
const log = [];
const t0 = Date.now();
const note = (what, text) => log.push(`${((Date.now() - t0) / 1000).toFixed(2)}s ${what} ${text}`);

async function api(path, method = 'GET') {
  const response = await fetch(`${base}${path}`, { method, headers: { Authorization: `token ${token}` } });
  return method === 'GET' ? response.json() : null;
}

async function shutDownKernels() {
  for (const session of await api('/api/sessions')) await api(`/api/sessions/${session.id}`, 'DELETE');
}

// The notebook on show (Lab keeps other open notebooks in the page, hidden).
const PANEL = '.jp-NotebookPanel:not(.lm-mod-hidden)';

function prompts(panel) {
  return [...document.querySelectorAll(`${panel} .jp-CodeCell .jp-InputPrompt`)].map((p) => p.textContent.trim());
}

// Where the run stands: every code cell shows an execution count and the kernel is idle (ranAll), and
// whether JupyterLab's "still initializing" notification is on the page (notified).
function progress([notice, panel]) {
  const shown = [...document.querySelectorAll(`${panel} .jp-CodeCell .jp-InputPrompt`)];
  const idle = document.querySelector(`${panel} .jp-Notebook-ExecutionIndicator[data-status="idle"]`);
  return {
    ranAll: Boolean(idle) && shown.length > 0 && shown.every((p) => /\[\d+\]/.test(p.textContent)),
    notified: new RegExp(notice).test(document.body.innerText),
  };
}
const settled = (...wanted) =>
  `(() => { const p = (${progress})(${JSON.stringify([NOTICE.source, PANEL])}); return ${wanted.map((w) => `p.${w}`).join(' || ')}; })()`;

async function runAll(page) {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const tries = [];
try {
  for (let n = 1; n <= Number(triesArg); n++) {
    await shutDownKernels();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(60_000);
    page.on('console', (msg) => note(`try ${n} console.${msg.type()}`, msg.text().slice(0, 400)));
    page.on('pageerror', (err) => note(`try ${n} pageerror`, err.message));
    page.on('websocket', (ws) => {
      if (!ws.url().includes('/channels')) return;
      const readable = (payload) => String(payload).replace(/[^\x20-\x7e]+/g, ' ').slice(0, 400);
      ws.on('framesent', (f) => note(`try ${n} ws>`, readable(f.payload)));
      ws.on('framereceived', (f) => note(`try ${n} ws<`, readable(f.payload)));
    });
    // A workspace of its own, so Lab opens this notebook alone rather than restoring earlier tabs.
    await page.goto(`${base}/lab/workspaces/run-all-on-open-${n}-${Date.now()}/tree/${notebook}?token=${token}`);
    // The notebook's own cells, not the empty cell Lab shows while the file loads.
    await page.locator(`${PANEL} .jp-Cell .cm-line`, { hasText: /\S/ }).first().waitFor();
    const status = await page.locator('.jp-StatusBar-TextItem', { hasText: /\|/ }).first().textContent().catch(() => '');
    await runAll(page);
    note(`try ${n}`, `Run All Cells clicked; status bar: ${status}`);
    const outcome = { try: n, statusWhenClicked: status, ranAll: false, notified: false };
    try {
      await page.waitForFunction(settled('ranAll', 'notified'), null, { timeout: timeoutMs, polling: 250 });
      Object.assign(outcome, await page.evaluate(progress, [NOTICE.source, PANEL]));
    } catch (e) {
      note(`try ${n}`, `neither every cell ran nor a notification came: ${e.message.split('\n')[0]}`);
    }
    await page.screenshot({ path: `${outDir}/run_all_on_open_${n}.png` });
    if (!outcome.ranAll) {
      // What the dropped click left, once the kernel is up; then Run All again, as the notification says.
      try {
        await page.locator('.jp-StatusBar-TextItem', { hasText: /\|\s*Idle/ }).waitFor({ timeout: timeoutMs });
        outcome.promptsAfterNotice = await page.evaluate(prompts, PANEL);
        await runAll(page);
        await page.waitForFunction(settled('ranAll'), null, { timeout: timeoutMs, polling: 250 });
        outcome.ranAllAgain = true;
      } catch (e) {
        outcome.ranAllAgain = false;
        note(`try ${n}`, `the second Run All did not finish: ${e.message.split('\n')[0]}`);
      }
    }
    outcome.prompts = await page.evaluate(prompts, PANEL);
    tries.push(outcome);
    await page.close();
  }
  await shutDownKernels();
} finally {
  fs.writeFileSync(`${outDir}/run_all_on_open.log`, log.join('\n') + '\n');
  await browser.close();
}
console.log(JSON.stringify({ tries }));

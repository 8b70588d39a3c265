// Opens one notebook in JupyterLab in headless Debian chromium, runs all cells from the Run menu,
// waits for every cell to finish, and reports what a reader would see: rendered chart images,
// charts that were redrawn in place while their cell ran (live charts), error outputs.
// Usage: node run_notebook.mjs <notebook url with token> <screenshot.png> [timeout seconds]
// Prints one JSON line with the findings and writes <screenshot>.traffic.log (the page's console
// and the kernel websocket's frames) beside the screenshot; exits 1 if the page could not be driven.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const [url, screenshotPath, timeoutArg] = process.argv.slice(2);
if (!url || !screenshotPath) {
  console.error('usage: node run_notebook.mjs <notebook url> <screenshot.png> [timeout seconds]');
  process.exit(2);
}
const timeoutMs = 1000 * Number(timeoutArg || 240);
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
// Chart images in any output: a PNG bundle, or the <img> inside a %%track chart's HTML.
const CHART_IMAGES = '.jp-OutputArea-output img';

// Records, per cell, every distinct chart image its outputs have shown, and how many of them
// appeared while the cell was still running ("[*]"): more than one means a live chart.
function watchCharts(selector) {
  window.__charts = new Map();
  const record = () => {
    document.querySelectorAll('.jp-Notebook .jp-Cell').forEach((cell, index) => {
      const seen = window.__charts.get(index) || { all: new Set(), whileRunning: new Set() };
      const running = ((cell.querySelector('.jp-InputPrompt') || {}).textContent || '').includes('*');
      cell.querySelectorAll(selector).forEach((img) => {
        seen.all.add(img.src);
        if (running) seen.whileRunning.add(img.src);
      });
      window.__charts.set(index, seen);
    });
  };
  new MutationObserver(record).observe(document.body,
    { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['src'] });
}

function summarize(selector) {
  const cells = [...document.querySelectorAll('.jp-Notebook .jp-Cell')];
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  return cells.map((cell, index) => {
    const imgs = [...cell.querySelectorAll(selector)];
    const errors = [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
      .map((e) => e.textContent.slice(0, 300));
    const seen = window.__charts.get(index) || { all: new Set(), whileRunning: new Set() };
    return {
      index,
      code: cell.classList.contains('jp-CodeCell'),
      firstLine: ((cell.querySelector('.jp-InputArea-editor .cm-line') || {}).textContent || '').slice(0, 80),
      prompt: (cell.querySelector('.jp-InputPrompt') || {}).textContent || '',
      charts: imgs.filter((img) => img.complete && img.naturalWidth > 0 && shown(img)).length,
      chartsSeen: seen.all.size,
      chartsSeenWhileRunning: seen.whileRunning.size,
      errors,
    };
  });
}

// Keeps the page's console and the kernel websocket's frames (readable text only) for the log,
// so a run that hangs can be read afterwards; counts update_display_data messages received.
const traffic = { log: [], displayUpdates: 0 };
function recordTraffic(page) {
  const t0 = Date.now();
  const note = (what, text) => traffic.log.push(`${((Date.now() - t0) / 1000).toFixed(2)}s ${what} ${text}`);
  const readable = (payload) => String(payload).replace(/[^\x20-\x7e]+/g, ' ');
  page.on('console', (msg) => note(`console.${msg.type()}`, msg.text().slice(0, 400)));
  page.on('pageerror', (err) => note('pageerror', err.message));
  page.on('websocket', (ws) => {
    if (!ws.url().includes('/channels')) return;
    note('ws-open', ws.url().replace(/token=\w+/, 'token=...'));
    ws.on('framesent', (f) => note('ws>', readable(f.payload).slice(0, 600)));
    ws.on('framereceived', (f) => {
      const text = readable(f.payload);
      if (/"msg_type":"update_display_data"/.test(text)) traffic.displayUpdates += 1;
      note('ws<', text.slice(0, 600));
    });
    ws.on('close', () => note('ws-close', ''));
  });
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  // Running as root in a container: chromium's sandbox needs namespaces it may not get.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(60_000);
  recordTraffic(page);
  await page.goto(url);
  await page.locator('.jp-Notebook .jp-Cell').first().waitFor();
  await page.evaluate(watchCharts, CHART_IMAGES);

  // Done when every code cell shows an execution count and the kernel is idle again.
  let finished = true;
  try {
    // The kernel must be up before Run All: with no kernel yet, Run All opens a kernel picker instead.
    // The status bar reads "Java (jgrad) | Idle" once the kernel has answered.
    await page.locator('.jp-StatusBar-TextItem', { hasText: /\|\s*Idle/ }).waitFor({ timeout: timeoutMs });
    await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
    await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
    await page.waitForFunction(() => {
      const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
      const idle = document.querySelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]');
      return idle && prompts.length > 0 && prompts.every((p) => /\[\d+\]/.test(p.textContent));
    }, null, { timeout: timeoutMs, polling: 250 });
  } catch (e) {
    finished = false;   // still report what the page shows, with a screenshot, so the failure can be read
    console.error(`cells did not finish: ${e.message.split('\n')[0]}`);
  }

  // Bring every chart into view once so lazily rendered outputs are laid out, then frame the
  // live chart (or else the last chart) for the screenshot.
  const charts = page.locator(CHART_IMAGES);
  for (let i = 0; i < await charts.count(); i++) await charts.nth(i).scrollIntoViewIfNeeded();
  const cells = await page.evaluate(summarize, CHART_IMAGES);
  const live = cells.find((c) => c.charts > 0 && c.chartsSeenWhileRunning > 1);
  const framed = live ? page.locator('.jp-Notebook .jp-Cell').nth(live.index) : charts.last();
  if (await framed.count()) await framed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath });
  fs.writeFileSync(screenshotPath.replace(/\.png$/, '') + '.traffic.log', traffic.log.join('\n') + '\n');
  console.log(JSON.stringify({ finished, displayUpdates: traffic.displayUpdates, cells }));
} finally {
  await browser.close();
}

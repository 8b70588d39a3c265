// Opens one notebook in JupyterLab in headless Debian chromium, runs all cells from the Run menu,
// waits for every cell to finish, and reports what a reader would see: rendered PNG charts,
// charts that were updated in place while their cell ran (live charts), error outputs.
// Usage: node run_notebook.mjs <notebook url with token> <screenshot.png> [timeout seconds]
// Prints one JSON line with the findings; exits 1 if the page could not be driven at all.
import { chromium } from 'playwright-core';

const [url, screenshotPath, timeoutArg] = process.argv.slice(2);
if (!url || !screenshotPath) {
  console.error('usage: node run_notebook.mjs <notebook url> <screenshot.png> [timeout seconds]');
  process.exit(2);
}
const timeoutMs = 1000 * Number(timeoutArg || 240);
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

// Records, per cell, every distinct PNG a cell's outputs have shown. A cell that has shown more
// PNGs than it shows at the end had its chart replaced in place (update_display_data).
function watchPngs() {
  window.__pngsSeen = new Map();
  const record = () => {
    document.querySelectorAll('.jp-Notebook .jp-Cell').forEach((cell, index) => {
      const seen = window.__pngsSeen.get(index) || new Set();
      cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="image/png"] img').forEach((img) => seen.add(img.src));
      window.__pngsSeen.set(index, seen);
    });
  };
  new MutationObserver(record).observe(document.body,
    { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
}

function summarize() {
  const cells = [...document.querySelectorAll('.jp-Notebook .jp-Cell')];
  const shown = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  return cells.map((cell, index) => {
    const imgs = [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="image/png"] img')];
    const errors = [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
      .map((e) => e.textContent.slice(0, 300));
    return {
      index,
      code: cell.classList.contains('jp-CodeCell'),
      firstLine: ((cell.querySelector('.jp-InputArea-editor .cm-line') || {}).textContent || '').slice(0, 80),
      prompt: (cell.querySelector('.jp-InputPrompt') || {}).textContent || '',
      pngs: imgs.filter((img) => img.complete && img.naturalWidth > 0 && shown(img)).length,
      pngsSeen: (window.__pngsSeen.get(index) || new Set()).size,
      errors,
    };
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
  await page.goto(url);
  await page.locator('.jp-Notebook .jp-Cell').first().waitFor();
  await page.evaluate(watchPngs);
  // The kernel must be up before Run All: with no kernel yet, Run All opens a kernel picker instead.
  // The status bar reads "Java (jgrad) | Idle" once the kernel has answered.
  await page.locator('.jp-StatusBar-TextItem', { hasText: /\|\s*Idle/ }).waitFor({ timeout: timeoutMs });

  await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();

  // Done when every code cell shows an execution count and the kernel is idle again.
  let finished = true;
  try {
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
  const charts = page.locator('.jp-OutputArea-output[data-mime-type="image/png"] img');
  for (let i = 0; i < await charts.count(); i++) await charts.nth(i).scrollIntoViewIfNeeded();
  const cells = await page.evaluate(summarize);
  const live = cells.find((c) => c.pngs > 0 && c.pngsSeen > c.pngs);
  const framed = live ? page.locator('.jp-Notebook .jp-Cell').nth(live.index) : charts.last();
  if (await framed.count()) await framed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath });
  console.log(JSON.stringify({ finished, cells }));
} finally {
  await browser.close();
}

// Opens one notebook in JupyterLab in headless Debian chromium, runs all cells from the Run menu,
// waits for every cell to finish, and reports what a reader would see: rendered chart images,
// charts that were redrawn in place while their cell ran (live charts), error outputs, whether a
// large tensor's view fits the notebook column, and the Shift-Tab tooltip of a call.
// Usage: node run_notebook.mjs <notebook url with token> <output folder> [timeout seconds]
// Writes screenshots into the output folder (track_5000_steps.png: the live %%track chart;
// tensor_100x100.png: the cell showing Tensor.randn(100, 100); shift_tab_tooltip.png: the javadoc
// tooltip of Plots.curves) and traffic.log (the page's console and the kernel websocket's frames).
// Prints one JSON line with the findings; exits 1 if the page could not be driven.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const [url, outDir, timeoutArg] = process.argv.slice(2);
if (!url || !outDir) {
  console.error('usage: node run_notebook.mjs <notebook url> <output folder> [timeout seconds]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const out = (name) => `${outDir}/${name}`;
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
  // A laptop-sized window, as a new user would have it.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
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

  // Bring every chart into view once so lazily rendered outputs are laid out.
  const charts = page.locator(CHART_IMAGES);
  for (let i = 0; i < await charts.count(); i++) await charts.nth(i).scrollIntoViewIfNeeded();
  const cells = await page.evaluate(summarize, CHART_IMAGES);
  const cellAt = (index) => page.locator('.jp-Notebook .jp-Cell').nth(index);
  const scrollToTop = (locator) => locator.evaluate((el) => el.scrollIntoView({ block: 'start' }));

  // The live chart, scrolled so that its whole image is in the window.
  const live = cells.find((c) => c.charts > 0 && c.chartsSeenWhileRunning > 1);
  if (live) {
    const img = cellAt(live.index).locator(CHART_IMAGES).first();
    await scrollToTop(img);
    await page.waitForTimeout(300);
    const box = await img.boundingBox();
    const area = await cellAt(live.index).locator('.jp-OutputArea-output').first().boundingBox();
    live.image = box && { width: box.width, height: box.height, right: box.x + box.width, areaRight: area && area.x + area.width };
  }
  await page.screenshot({ path: out('track_5000_steps.png') });

  // The 100x100 tensor: its caption and table must be on screen, inside the output column.
  const tensorCell = cells.find((c) => c.firstLine.startsWith('Tensor.randn(100, 100)'));
  let tensor = null;
  if (tensorCell) {
    const view = cellAt(tensorCell.index).locator('.jgrad-tensor').first();
    await view.waitFor({ timeout: 10_000 }).catch(() => {});
    if (await view.count()) {
      await cellAt(tensorCell.index).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(300);
      tensor = await view.evaluate((el) => {
        const caption = el.firstElementChild;
        const table = el.querySelector('table');
        const area = el.closest('.jp-OutputArea-output').getBoundingClientRect();
        const c = caption.getBoundingClientRect();
        const t = table ? table.getBoundingClientRect() : c;
        return {
          caption: caption.textContent, captionLines: Math.round(c.height / parseFloat(getComputedStyle(caption).lineHeight || 16)),
          captionRight: c.right, tableRight: t.right, tableBottom: t.bottom, areaRight: area.right,
          rows: el.querySelectorAll('tr').length, viewportWidth: window.innerWidth, viewportHeight: window.innerHeight,
        };
      });
    }
  }
  await page.screenshot({ path: out('tensor_100x100.png') });

  // Shift-Tab after "Plots.curves(" shows the method's javadoc in a tooltip.
  let tooltip = null;
  const callCell = cells.find((c) => c.firstLine.startsWith('var chart = Plots.curves('));
  if (callCell) {
    const editor = cellAt(callCell.index).locator('.jp-InputArea-editor .cm-content');
    await cellAt(callCell.index).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await editor.click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 'var chart = Plots.curves('.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+Tab');
    const tip = page.locator('.jp-Tooltip');
    try {
      await tip.waitFor({ state: 'visible', timeout: 20_000 });
      await page.waitForTimeout(300);
      tooltip = await tip.innerText();
    } catch (e) {
      console.error(`no tooltip: ${e.message.split('\n')[0]}`);
    }
  }
  await page.screenshot({ path: out('shift_tab_tooltip.png') });

  fs.writeFileSync(out('traffic.log'), traffic.log.join('\n') + '\n');
  console.log(JSON.stringify({ finished, displayUpdates: traffic.displayUpdates, cells, tensor, tooltip }));
} finally {
  await browser.close();
}

// Uses a notebook in JupyterLab (headless Debian chromium) the way a student does, typing into its cells:
// runs `var x = Tensor.ones(2, 3);`, presses Tab after `x.` and Shift-Tab after `x.sum(`, runs a
// declaration of x that does not compile and then reads x, and runs two charts (a %%track loop with a
// log axis and no step(), Plots.gradFlow). Reports what the page shows: the completer's items in order
// (and how many fit in its list without scrolling), the tooltip's text, each cell's output text and its
// chart images.
// Usage: node type_in_notebook.mjs <notebook url with token> <output folder> [timeout seconds]
// The notebook must hold one empty code cell. Screenshots in the output folder: tab_completion.png,
// shift_tab_sum.png, rejected_redeclaration.png, track_log_y.png, gradflow.png.
// Prints one JSON line with the findings; exits 1 if the page could not be driven.
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const [url, outDir, timeoutArg] = process.argv.slice(2);
if (!url || !outDir) {
  console.error('usage: node type_in_notebook.mjs <notebook url> <output folder> [timeout seconds]');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
const out = (name) => `${outDir}/${name}`;
const timeoutMs = 1000 * Number(timeoutArg || 120);

// What a cell shows: its output text (stdout, results, errors) and its loaded images' sizes.
function cellView(index) {
  const cell = document.querySelectorAll('.jp-Notebook .jp-Cell')[index];
  const loaded = (img) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0;
  const area = cell.querySelector('.jp-OutputArea');
  const areaRight = area ? area.getBoundingClientRect().right : 0;
  return {
    prompt: (cell.querySelector('.jp-InputPrompt') || {}).textContent || '',
    outputs: [...cell.querySelectorAll('.jp-OutputArea-output')].map((o) => ({
      mimeType: o.dataset.mimeType || '', text: o.innerText.slice(0, 2000),
    })),
    images: [...cell.querySelectorAll('.jp-OutputArea-output img')].filter(loaded).map((img) => {
      const r = img.getBoundingClientRect();
      return { naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight, width: r.width, right: r.right, areaRight };
    }),
  };
}

// The completer's items in the order shown, and how many are in view without scrolling its list.
function completerItems() {
  const list = document.querySelector('.jp-Completer-list') || document.querySelector('.jp-Completer');
  const box = list.getBoundingClientRect();
  const items = [...document.querySelectorAll('.jp-Completer .jp-Completer-item')];
  const inView = items.filter((li) => { const r = li.getBoundingClientRect(); return r.top >= box.top - 1 && r.bottom <= box.bottom + 1; });
  return {
    labels: items.map((li) => (li.querySelector('.jp-Completer-match') || li).textContent.trim()),
    inView: inView.length,
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // Running as root in a container: chromium's sandbox needs namespaces it may not get.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const found = { finished: false, completion: null, tooltip: null, cells: [] };
try {
  // A laptop-sized window, as a new user would have it.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  await page.goto(url);
  const cells = page.locator('.jp-Notebook .jp-Cell');
  await cells.first().waitFor();
  await page.locator('.jp-StatusBar-TextItem', { hasText: /\|\s*Idle/ }).waitFor({ timeout: timeoutMs });

  // Replaces the text of cell `index` by typing `text` into it, as a person would.
  const type = async (index, text) => {
    await cells.nth(index).locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
  };
  // Shift-Enter in cell `index` (which appends a new cell after the last one); waits until it has run.
  const run = async (index) => {
    await cells.nth(index).locator('.cm-content').click();
    await page.keyboard.press('Shift+Enter');
    await page.waitForFunction((i) => {
      const cell = document.querySelectorAll('.jp-Notebook .jp-Cell')[i];
      const idle = document.querySelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]');
      return idle && /\[\d+\]/.test(cell.querySelector('.jp-InputPrompt').textContent);
    }, index, { timeout: timeoutMs, polling: 250 });
    await page.waitForTimeout(300);
    return page.evaluate(cellView, index);
  };
  const showCell = (index) => cells.nth(index).evaluate((el) => el.scrollIntoView({ block: 'start' }));

  await type(0, 'var x = Tensor.ones(2, 3);');
  found.cells.push(await run(0));

  // Tab after "x." lists the tensor's members. JupyterLab shows nothing for a reply that takes over a second (its
  // providerTimeout), which a loaded machine can exceed: a second Tab asks again, as a person would.
  await type(1, 'x.');
  for (let press = 1; press <= 2 && !found.completion; press++) {
    await page.keyboard.press('Tab');
    try {
      await page.locator('.jp-Completer .jp-Completer-item').first().waitFor({ state: 'visible', timeout: 5_000 });
      await page.waitForTimeout(300);
      found.completion = { ...await page.evaluate(completerItems), press };
    } catch (e) {
      console.error(`no completer after Tab ${press}: ${e.message.split('\n')[0]}`);
    }
  }
  await page.screenshot({ path: out('tab_completion.png') });
  await page.keyboard.press('Escape');

  // Shift-Tab after "x.sum(" shows the signatures with their javadoc.
  await type(1, 'x.sum(');
  await page.keyboard.press('Shift+Tab');
  try {
    const tip = page.locator('.jp-Tooltip');
    await tip.waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForTimeout(300);
    found.tooltip = await tip.innerText();
  } catch (e) {
    console.error(`no tooltip: ${e.message.split('\n')[0]}`);
  }
  await page.screenshot({ path: out('shift_tab_sum.png') });
  await page.keyboard.press('Escape');

  // A declaration of x that does not compile, then x as it was.
  await type(1, 'int x = "bad";');
  found.cells.push(await run(1));
  await type(2, 'Arrays.toString(x.shape()) + " " + x.sum().item()');
  found.cells.push(await run(2));
  await showCell(0);
  await page.screenshot({ path: out('rejected_redeclaration.png') });

  // A %%track loop that never calls step(), on a log axis.
  await type(3, '%%track --log-y\nfor (int i = 0; i < 1350; i++) log("loss", 1.0 / (i + 1));');
  found.cells.push(await run(3));
  await showCell(3);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out('track_log_y.png') });

  // Gradient flow of a small network: a log axis and layer names.
  await type(4, 'var net = new Sequential(new Linear(4, 16), new ReLU(), new Linear(16, 16), new ReLU(), new Linear(16, 1));\n'
    + 'Loss.mse(net.call(Tensor.randn(32, 4)), Tensor.zeros(32, 1)).backward();\nPlots.gradFlow(net)');
  found.cells.push(await run(4));
  await showCell(4);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out('gradflow.png') });
  found.finished = true;
} catch (e) {
  console.error(`the page could not be driven to the end: ${e.message.split('\n')[0]}`);
} finally {
  console.log(JSON.stringify(found));
  await browser.close();
}

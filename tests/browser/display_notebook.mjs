// Opens one notebook in JupyterLab in headless Debian chromium, runs all cells from the Run menu,
// waits for every cell to finish, and reports what each cell's output shows as rendered: bold HTML,
// markdown headings, images that loaded, inline SVG, error outputs. Saves a screenshot of the window.
// Usage: node display_notebook.mjs <notebook url with token> <screenshot path> [timeout seconds]
// Prints one JSON line with the findings; exits 1 if the page could not be driven.
import { chromium } from 'playwright-core';

const [url, screenshot, timeoutArg] = process.argv.slice(2);
if (!url || !screenshot) {
  console.error('usage: node display_notebook.mjs <notebook url> <screenshot path> [timeout seconds]');
  process.exit(2);
}
const timeoutMs = 1000 * Number(timeoutArg || 120);

function summarize() {
  const loaded = (img) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().width > 0;
  return [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')].map((cell) => {
    const outputs = [...cell.querySelectorAll('.jp-OutputArea-output')];
    return {
      firstLine: ((cell.querySelector('.jp-InputArea-editor .cm-line') || {}).textContent || '').slice(0, 80),
      prompt: (cell.querySelector('.jp-InputPrompt') || {}).textContent || '',
      mimeTypes: outputs.map((o) => o.dataset.mimeType || ''),
      bold: [...cell.querySelectorAll('.jp-OutputArea-output b')].map((b) => b.textContent),
      headings: [...cell.querySelectorAll('.jp-OutputArea-output h1')].map((h) => h.textContent.replace(/¶$/, '')),
      images: [...cell.querySelectorAll('.jp-OutputArea-output img')].filter(loaded)
        .map((img) => [img.naturalWidth, img.naturalHeight]),
      errors: [...cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')]
        .map((e) => e.textContent.slice(0, 300)),
    };
  });
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // Running as root in a container: chromium's sandbox needs namespaces it may not get.
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  await page.goto(url);
  await page.locator('.jp-Notebook .jp-Cell').first().waitFor();
  let finished = true;
  try {
    // With no kernel yet, Run All opens a kernel picker: wait until the status bar says Idle.
    await page.locator('.jp-StatusBar-TextItem', { hasText: /\|\s*Idle/ }).waitFor({ timeout: timeoutMs });
    await page.locator('.lm-MenuBar-itemLabel', { hasText: /^Run$/ }).click();
    await page.locator('.lm-Menu-itemLabel', { hasText: /^Run All Cells$/ }).click();
    await page.waitForFunction(() => {
      const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
      const idle = document.querySelector('.jp-Notebook-ExecutionIndicator[data-status="idle"]');
      return idle && prompts.length > 0 && prompts.every((p) => /\[\d+\]/.test(p.textContent));
    }, null, { timeout: timeoutMs, polling: 250 });
  } catch (e) {
    finished = false; // still report what the page shows, with a screenshot
    console.error(`cells did not finish: ${e.message.split('\n')[0]}`);
  }
  await page.waitForTimeout(500);
  const cells = await page.evaluate(summarize);
  await page.screenshot({ path: screenshot });
  console.log(JSON.stringify({ finished, cells }));
} finally {
  await browser.close();
}

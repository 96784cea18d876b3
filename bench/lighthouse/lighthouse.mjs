// node lighthouse.mjs URL [cookie]: one Markdown table row for the page, from Lighthouse's
// mobile defaults (a mid-range phone on a slow 4G connection, simulated) in Debian's Chromium.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const [url, cookie] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox"] });
try {
  const flags = { port: chrome.port, output: "json", onlyCategories: ["performance"], logLevel: "error" };
  if (cookie) flags.extraHeaders = { Cookie: cookie };
  const { lhr } = await lighthouse(url, flags);
  const a = lhr.audits;
  const kb = Math.round(a["total-byte-weight"].numericValue / 1024);
  console.log(`| ${new URL(url).pathname}${new URL(url).search} | ${Math.round(lhr.categories.performance.score * 100)} | ${a["first-contentful-paint"].displayValue} | ${a["largest-contentful-paint"].displayValue} | ${kb} KB |`);
} finally {
  await chrome.kill();
}

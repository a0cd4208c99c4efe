import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { ARTICLE_HTML, ARTICLES } from "./fixture.ts";
import { type RunningServer, start } from "./start.ts";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = join("test-output", "server-e2e.png");
const INJECTION = `Một bạn đọc gửi bình luận <img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script> nhưng không có gì xảy ra.`;

describe("the page, end to end in Chromium", () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  const logged: string[] = [];

  before(async () => {
    if (!existsSync(CHROMIUM)) {
      assert.fail(
        `${CHROMIUM} is missing: install it with "apt-get install -y chromium" (.ci/run does)`,
      );
    }
    server = await start({ port: 0, log: (line) => logged.push(line) });
    profile = mkdtempSync(join(tmpdir(), "tomtat-e2e-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    // No request may leave the machine: the page is served entirely from the package.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      assert.fail(`the page tried to load ${route.request().url()}`);
    });
  });

  after(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("pastes two articles, summarizes, highlights the source sentence, escapes article markup", async () => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    assert.equal(await page.title(), "tomtat · Tóm tắt tin tức tiếng Việt");

    const [first, second] = ARTICLES;
    await page.getByLabel("Tiêu đề bài 1 (không bắt buộc)").fill(first.title);
    await page.getByLabel("Nội dung bài 1").fill(first.text);
    await page.getByLabel("Nội dung bài 2").fill(`${second.text}\n${INJECTION}`);
    await page.getByLabel("Ngắn (khoảng 100 âm tiết)").check();
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();

    const sentences = page.locator("#summary .sum-sentence");
    await sentences.first().waitFor({ timeout: 10_000 });
    const texts = await sentences.allTextContents();
    const input = `${first.text}\n${second.text}`;
    assert.ok(texts.length >= 2, `several summary sentences: ${texts.join(" | ")}`);
    for (const t of texts)
      assert.ok(input.includes(t) || t.includes("bình luận"), `from the input: ${t}`);
    assert.match((await page.locator("#status").textContent()) ?? "", /Đã tóm tắt 2 bài/);
    assert.equal(await page.locator("#sources article").count(), 2);
    assert.match(
      (await page.locator("#sources h3").first().textContent()) ?? "",
      new RegExp(first.title),
    );

    // Hover: the right source sentence (same text, in the document the summary names) lights up.
    const second_ = sentences.nth(1);
    await second_.hover();
    const target = await second_.getAttribute("data-target");
    assert.match(target ?? "", /^s-\d+-\d+$/);
    const lit = page.locator("#sources .sentence.highlight");
    assert.equal(await lit.count(), 1);
    assert.equal(await lit.getAttribute("id"), target);
    assert.equal(await lit.textContent(), texts[1]);

    // Keyboard: focusing another summary sentence moves the highlight.
    await sentences.first().focus();
    const firstTarget = await sentences.first().getAttribute("data-target");
    assert.equal(
      await page.locator("#sources .sentence.highlight").getAttribute("id"),
      firstTarget,
    );
    await page.keyboard.press("Enter");
    assert.equal(
      await page.locator("#sources .sentence.highlight").getAttribute("id"),
      firstTarget,
    );

    // The article's markup is shown as text and never runs.
    assert.equal(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      undefined,
    );
    assert.equal(
      await page.locator("#sources img, #sources script, #summary img, #summary script").count(),
      0,
    );
    const sourceText = (await page.locator("#sources").textContent()) ?? "";
    assert.ok(
      sourceText.includes("<script>") || !sourceText.includes("bình luận"),
      "markup kept as text",
    );
    assert.deepEqual(errors, []);

    await sentences.nth(1).hover();
    mkdirSync("test-output", { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    assert.ok(existsSync(SCREENSHOT));
  });

  it("shows a Vietnamese error when the input cannot be summarized", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();
    assert.match((await page.locator("#status").textContent()) ?? "", /ít nhất một bài/);
    await page.getByLabel("Nội dung bài 1").fill("The bridge opened today. ".repeat(20));
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();
    await page.locator("#status.error", { hasText: "E_NOT_VIETNAMESE" }).waitFor({ timeout: 5000 });
    assert.match((await page.locator("#status").textContent()) ?? "", /không phải tiếng Việt/);
    await page
      .getByLabel("Nội dung bài 1")
      .fill("Sang nay thanh pho mo tuyen xe buyt dien dau tien noi hai quan trung tam. ".repeat(4));
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();
    await page.locator("#status.error", { hasText: "không dấu" }).waitFor({ timeout: 5000 });
    assert.match((await page.locator("#status").textContent()) ?? "", /hãy dán bản có dấu/);
  });

  it("adds chosen .txt and .html files as articles and summarizes them", async () => {
    await page.goto(`${server.url}/`);
    await page.locator("#files").setInputFiles([
      { name: "cau-phu-loc.txt", mimeType: "text/plain", buffer: Buffer.from(ARTICLES[2].text) },
      { name: "bao-mau.html", mimeType: "text/html", buffer: Buffer.from(ARTICLE_HTML) },
      {
        name: "co-tieu-de.txt",
        mimeType: "text/plain",
        buffer: Buffer.from(`${ARTICLES[0].title}\n\n${ARTICLES[0].text}`),
      },
      {
        name: "ban-tin.md",
        mimeType: "text/markdown",
        buffer: Buffer.from(
          `# Bản tin Markdown\n\n**${ARTICLES[1].text.replace(/\n/g, "**\n\n**")}**`,
        ),
      },
    ]);
    // Files are read in order (a .txt one through POST /v1/article): the fourth ends the reading.
    await page.locator("#articles .article").nth(3).waitFor({ timeout: 5000 });
    assert.equal(await page.locator("#articles .article").count(), 4);
    assert.match(
      (await page.locator(".article-title").nth(3).textContent()) ?? "",
      /Bài 4 \(Markdown\)/,
    );
    assert.equal(
      await page.getByLabel("Tiêu đề bài 1 (không bắt buộc)").inputValue(),
      "cau-phu-loc",
      "a file that opens with article text is named by its file",
    );
    assert.equal(
      await page.getByLabel("Tiêu đề bài 3 (không bắt buộc)").inputValue(),
      ARTICLES[0].title,
      "a file's headline line becomes the title, as the command line reads it",
    );
    assert.equal(await page.getByLabel("Nội dung bài 3").inputValue(), ARTICLES[0].text);
    assert.match(
      (await page.locator(".article-title").nth(1).textContent()) ?? "",
      /Bài 2 \(HTML\)/,
    );
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();
    await page.locator("#summary .sum-sentence").first().waitFor({ timeout: 10_000 });
    const heading = (await page.locator("#sources h3").nth(1).textContent()) ?? "";
    assert.match(heading, /Cầu Phú Lộc thông xe/, "the HTML page title becomes the article title");
    const sources = (await page.locator("#sources").textContent()) ?? "";
    assert.match(sources, /Bản tin Markdown/, "a Markdown article's first heading is its title");
    assert.doesNotMatch(sources, /\*\*/, "Markdown marks are not text");
    assert.doesNotMatch((await page.locator("#sources").textContent()) ?? "", /quangCao|Trang chủ/);
  });
  it("titles a dropped .txt file by its headline, not by a timestamp or breadcrumb above it", async () => {
    await page.goto(`${server.url}/`);
    const [first] = ARTICLES;
    const furniture = "Thứ hai, 12/3/2025 08:00 (GMT+7)\nTrang chủ > Thời sự > Giao thông";
    await page.locator("#files").setInputFiles([
      {
        name: "cau-moi.txt",
        mimeType: "text/plain",
        buffer: Buffer.from(`${furniture}\n${first.title}\n\n${first.text}`),
      },
    ]);
    const title = page.getByLabel("Tiêu đề bài 1 (không bắt buộc)");
    await page.waitForFunction(() => document.querySelector("textarea")?.value !== "");
    assert.equal(await title.inputValue(), first.title);
    assert.equal(
      await page.getByLabel("Nội dung bài 1").inputValue(),
      `${furniture}\n\n${first.text}`,
      "the lines above the title stay in the body, as the command line keeps them",
    );
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();
    await page.locator("#summary .sum-sentence").first().waitFor({ timeout: 10_000 });
    const source = (await page.locator("#sources").textContent()) ?? "";
    assert.doesNotMatch(source, /Trang chủ|GMT\+7/, "the server's cleaner removes them");
    assert.match((await page.locator("#sources h3").first().textContent()) ?? "", /Phú Lộc/);
  });

  it("names results by the editors on screen, reports a title without text, clears a summary on error", async () => {
    await page.goto(`${server.url}/`);
    const [, second, third] = ARTICLES;
    await page.getByRole("button", { name: "+ Thêm bài" }).click();
    await page.getByLabel("Tiêu đề bài 1 (không bắt buộc)").fill("Chỉ có tiêu đề");
    await page.getByLabel("Nội dung bài 2").fill(second.text);
    await page.getByLabel("Nội dung bài 3").fill(third.text);
    const submit = page.getByRole("button", { name: "Tóm tắt", exact: true });
    await submit.click();
    const status = page.locator("#status");
    assert.match((await status.textContent()) ?? "", /Bài 1 có tiêu đề nhưng chưa có nội dung/);
    assert.equal(await page.locator("#ket-qua").isHidden(), true, "nothing was sent");

    await page.getByLabel("Tiêu đề bài 1 (không bắt buộc)").fill("");
    await submit.click();
    await page.locator("#summary .sum-sentence").first().waitFor({ timeout: 10_000 });
    assert.deepEqual(await page.locator("#sources h3").allTextContents(), ["Bài 2", "Bài 3"]);
    const from = new Set(await page.locator("#summary .from").allTextContents());
    assert.ok(
      [...from].every((f) => f === "Bài 2" || f === "Bài 3"),
      [...from].join(", "),
    );

    await page.getByLabel("Nội dung bài 2").fill("The bridge opened today. ".repeat(20));
    await page.getByLabel("Nội dung bài 3").fill("The ferry stops next week. ".repeat(20));
    await submit.click();
    await page.locator("#status.error", { hasText: "E_NOT_VIETNAMESE" }).waitFor({ timeout: 5000 });
    assert.equal(await page.locator("#ket-qua").isHidden(), true, "the old summary is gone");
    assert.equal(await page.locator("#summary .sum-sentence").count(), 0);
  });

  it("names an article left out because only web leftovers were in it", async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel("Nội dung bài 1").fill("Chia sẻ:");
    await page.getByLabel("Nội dung bài 2").fill(ARTICLES[1].text);
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();
    await page.locator("#summary .sum-sentence").first().waitFor({ timeout: 10_000 });
    const status = (await page.locator("#status").textContent()) ?? "";
    assert.match(status, /^Đã tóm tắt 1 bài\. Bỏ qua Bài 1: chỉ có phần thừa của trang web/);
  });

  it("asks the server for nothing it does not serve", () => {
    const missing = logged.filter((line) => / GET \S+ 404 /.test(line));
    assert.deepEqual(missing, []);
    // a dropped .txt file was split by the server, as the command line reads it
    assert.ok(logged.some((line) => / POST \/v1\/article 200 /.test(line)));
  });
});

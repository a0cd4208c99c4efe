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
    assert.match((await page.locator("#error").textContent()) ?? "", /ít nhất một bài/);
    await page.getByLabel("Nội dung bài 1").fill("The bridge opened today. ".repeat(20));
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();
    await page.locator("#error", { hasText: "E_NOT_VIETNAMESE" }).waitFor({ timeout: 5000 });
    assert.match((await page.locator("#error-text").textContent()) ?? "", /không phải tiếng Việt/);
    await page
      .getByLabel("Nội dung bài 1")
      .fill("Sang nay thanh pho mo tuyen xe buyt dien dau tien noi hai quan trung tam. ".repeat(4));
    await page.getByRole("button", { name: "Tóm tắt", exact: true }).click();
    await page.locator("#error", { hasText: "không dấu" }).waitFor({ timeout: 5000 });
    assert.match((await page.locator("#error-text").textContent()) ?? "", /hãy dán bản có dấu/);
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
    assert.match(
      (await page.locator("#error").textContent()) ?? "",
      /Bài 1 có tiêu đề nhưng chưa có nội dung/,
    );
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
    await page.locator("#error", { hasText: "E_NOT_VIETNAMESE" }).waitFor({ timeout: 5000 });
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

  // Invented text for the rows below.
  const VIETNAMESE = [
    "Sáng nay, đoàn xe đạp của trường làng vượt đèo Mây để mang sách tới điểm trường trên núi.",
    "Các em học sinh ở điểm trường đã chờ từ sớm và hát một bài để chào đoàn.",
  ].join("\n");
  const ENGLISH = Array.from(
    { length: 5 },
    (_, i) =>
      `On day ${i + 1} the cycling team from the village school carried new books across the misty pass to a small school in the hills.`,
  ).join(" ");
  const UNMARKED = Array.from(
    { length: 4 },
    (_, i) =>
      `Sang ngay ${i + 1}, doan xe dap cua truong lang vuot deo May de mang sach toi diem truong tren nui cao.`,
  ).join(" ");
  const submitButton = () => page.getByRole("button", { name: "Tóm tắt", exact: true });
  const focused = () => page.evaluate(() => document.activeElement?.id ?? "");

  /** Fills the boxes 1, 2, … (adding boxes as needed), leaving a box empty for "". */
  async function fillBoxes(texts: string[]) {
    for (let n = 3; n <= texts.length; n++)
      await page.getByRole("button", { name: "+ Thêm bài" }).click();
    for (const [i, text] of texts.entries())
      if (text) await page.getByLabel(`Nội dung bài ${i + 1}`).fill(text);
  }

  /** Submits and waits for the error region; returns its Vietnamese words. */
  async function errorAfterSubmit(): Promise<string> {
    await submitButton().click();
    await page.locator("#error:not([hidden])").waitFor({ timeout: 10_000 });
    return (await page.locator("#error-text").textContent()) ?? "";
  }

  it("names the box an article error is about, in Vietnamese, with the server's words kept aside", async () => {
    const rows: [string, string[], RegExp][] = [
      ["English", ["", VIETNAMESE, ENGLISH], /^Bài 3: văn bản có vẻ không phải tiếng Việt/],
      ["unmarked", ["", VIETNAMESE, UNMARKED], /^Bài 3: văn bản có vẻ là tiếng Việt gõ không dấu/],
      [
        "garbled",
        ["", VIETNAMESE, Buffer.from(VIETNAMESE.repeat(3), "utf8").toString("latin1")],
        /^Bài 3: văn bản bị lỗi mã hóa/,
      ],
      ["web leftovers alone", ["", "Chia sẻ:"], /^Bài 2: không còn nội dung để tóm tắt/],
      ["all English", [ENGLISH, ENGLISH], /^Các bài có vẻ không phải tiếng Việt/],
    ];
    for (const [name, texts, expected] of rows) {
      await page.goto(`${server.url}/`);
      await fillBoxes(texts);
      const text = await errorAfterSubmit();
      assert.match(text, expected, `${name}: ${text}`);
      assert.doesNotMatch(text, /documents|document \d/, `${name}: no API path or number`);
      const detail = page.locator("#error-detail");
      assert.equal(await detail.locator("code").isVisible(), false, "the details start closed");
      await detail.locator("summary").click();
      assert.match(
        (await detail.locator("code").textContent()) ?? "",
        /^E_(NOT_VIETNAMESE|EMPTY): /,
      );
      assert.equal(await page.locator("#error").getAttribute("role"), "alert");
    }
  });

  it("asks for a longer length when the chosen one is under every sentence, and fits 375 px", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    try {
      await page.goto(`${server.url}/`);
      const long = `Theo đoàn xe đạp ${"đi qua những con đèo cao và những bản làng xa xôi, ".repeat(12)}sách đã tới nơi.`;
      await fillBoxes([long]);
      await page.getByLabel("Ngắn (khoảng 100 âm tiết)").check();
      const text = await errorAfterSubmit();
      assert.match(text, /Độ dài đã chọn quá ngắn.*chọn độ dài dài hơn/);
      assert.doesNotMatch(text, /--max-syllables|maxSyllables/);
      assert.match(
        (await page.locator("#error-detail code").textContent()) ?? "",
        /--max-syllables/,
      );
      const box = await page.locator("#error").boundingBox();
      assert.ok(
        box && box.width > 300 && box.height < 250,
        `no tall column: ${JSON.stringify(box)}`,
      );
      const lines = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById("submit") as HTMLElement);
        return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
      });
      assert.equal(lines, 1, "the Tóm tắt button keeps to one line");
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("puts the keyboard focus on the error after a failed request, on the results after a summary", async () => {
    await page.goto(`${server.url}/`);
    await fillBoxes([ENGLISH, ENGLISH]);
    await page.locator("#submit").focus();
    await page.keyboard.press("Enter");
    await page.locator("#error:not([hidden])").waitFor({ timeout: 10_000 });
    assert.equal(await focused(), "error");
    await fillBoxes([VIETNAMESE, VIETNAMESE.replace("Sáng nay", "Chiều qua")]);
    await page.locator("#submit").focus();
    await page.keyboard.press("Enter");
    await page.locator("#summary .sum-sentence").first().waitFor({ timeout: 10_000 });
    assert.equal(await focused(), "ket-qua");
  });

  it("takes a file dropped anywhere on the page instead of letting the browser open it", async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel("Nội dung bài 1").fill("Bài đã dán không được mất.");
    // (no named function inside evaluate: tsx would wrap it in a helper the page lacks)
    const prevented = await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "tin-deo-may.txt", { type: "text/plain" }));
      const target = document.querySelector("fieldset.length") as HTMLElement;
      return ["dragover", "drop"].map((type) => {
        const event = new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true });
        target.dispatchEvent(event);
        return event.defaultPrevented;
      });
    }, VIETNAMESE);
    assert.deepEqual(prevented, [true, true], "dragover and drop: the browser opens nothing");
    await page.waitForFunction(() => document.querySelectorAll("textarea")[1]?.value !== "");
    assert.equal(
      await page.getByLabel("Nội dung bài 1").inputValue(),
      "Bài đã dán không được mất.",
    );
    assert.equal(await page.getByLabel("Nội dung bài 2").inputValue(), VIETNAMESE);
  });

  it("refuses a file not saved as UTF-8 by name, and still reads UTF-16 with a BOM", async () => {
    await page.goto(`${server.url}/`);
    // Windows-1258 bytes of "Hôm nay trời đẹp, đoàn xe đạp đi qua đèo." (invalid as UTF-8).
    const cp1258 = Buffer.from(
      "H\xf4m nay tr\xf5\xcci \xf0e\xf2p, \xf0oa\xccn xe \xf0a\xf2p \xf0i qua \xf0e\xcco.",
      "latin1",
    );
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VIETNAMESE, "utf16le")]);
    await page.locator("#files").setInputFiles([
      { name: "ban-cu.txt", mimeType: "text/plain", buffer: cp1258 },
      { name: "utf16.txt", mimeType: "text/plain", buffer: utf16 },
    ]);
    await page.locator("#error:not([hidden])").waitFor({ timeout: 5000 });
    assert.match(
      (await page.locator("#error-text").textContent()) ?? "",
      /^Không đọc được ban-cu\.txt: tệp không được lưu bằng mã UTF-8.*lưu lại dưới dạng UTF-8/,
    );
    await page.waitForFunction(() => document.querySelector("textarea")?.value !== "");
    const texts = await page
      .locator("textarea")
      .evaluateAll((all) => all.map((t) => (t as HTMLTextAreaElement).value));
    assert.deepEqual(texts, [VIETNAMESE, ""], "the UTF-16 file fills the first box, no U+FFFD");
  });

  it("cancels a request, gives up past the server's time limit, marks a summary of edited input", async () => {
    const hang = () => {}; // the request is never answered
    await page.route("**/v1/summarize", hang);
    try {
      await page.goto(`${server.url}/`);
      await fillBoxes([VIETNAMESE]);
      await submitButton().click();
      const cancel = page.getByRole("button", { name: "Huỷ" });
      await cancel.click();
      assert.equal((await page.locator("#status").textContent()) ?? "", "Đã huỷ yêu cầu tóm tắt.");
      assert.equal(await cancel.isVisible(), false);
      assert.equal(await page.locator("#submit").getAttribute("aria-disabled"), "false");
      assert.equal(await focused(), "submit");

      // The server states a 100 ms limit: the page waits that and its 3 s margin, then says so.
      await page.route("**/openapi.json", (route) =>
        route.fulfill({
          json: { info: { "x-timeout-ms": 100 } },
        }),
      );
      await page.goto(`${server.url}/`);
      await fillBoxes([VIETNAMESE]);
      const started = Date.now();
      const text = await errorAfterSubmit();
      assert.match(text, /^Máy chủ tomtat không trả lời sau 3 giây/);
      assert.ok(Date.now() - started < 8000, "well before the default 13 s");
      assert.equal(await page.locator("#submit").getAttribute("aria-disabled"), "false");
    } finally {
      await page.unroute("**/v1/summarize", hang);
      await page.unroute("**/openapi.json");
    }
    await page.goto(`${server.url}/`);
    await fillBoxes([VIETNAMESE, VIETNAMESE.replace("Sáng nay", "Chiều qua")]);
    await submitButton().click();
    await page.locator("#summary .sum-sentence").first().waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("#stale").isVisible(), false);
    await page.getByLabel("Nội dung bài 2").fill(ENGLISH);
    assert.match(
      (await page.locator("#stale").textContent()) ?? "",
      /bản tóm tắt này có thể đã cũ/,
    );
  });

  it("says truthfully where articles go, offers the skip link only with results, accepts every kind it reads", async () => {
    await page.goto(`${server.url}/`);
    const intro = (await page.locator("header.top p").textContent()) ?? "";
    assert.doesNotMatch(intro, /trên máy này/);
    assert.match(intro, /máy chủ tomtat/);
    const accept = ((await page.locator("#files").getAttribute("accept")) ?? "").split(",");
    for (const kind of [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"])
      assert.ok(accept.includes(kind), `accept lists ${kind}`);

    const skip = page.getByRole("link", { name: "Bỏ qua tới kết quả" });
    assert.equal(await skip.count(), 0, "no skip link to a hidden section");
    await page.keyboard.press("Tab");
    assert.notEqual(await page.evaluate(() => document.activeElement?.className), "skip");
    await fillBoxes([VIETNAMESE, VIETNAMESE.replace("Sáng nay", "Chiều qua")]);
    await submitButton().click();
    await page.locator("#summary .sum-sentence").first().waitFor({ timeout: 10_000 });
    await skip.focus();
    await page.keyboard.press("Enter");
    assert.equal(await focused(), "ket-qua");
  });

  it("numbers a summary sentence of several lines beside its first line", async () => {
    await page.goto(`${server.url}/`);
    await fillBoxes([VIETNAMESE, VIETNAMESE.replace("Sáng nay", "Chiều qua")]);
    await submitButton().click();
    const first = page.locator("#summary .sum-sentence").first();
    await first.waitFor({ timeout: 10_000 });
    await page.mouse.move(0, 0);
    const lines = await first.evaluate((button) => {
      button.textContent = `${button.textContent} `.repeat(8);
      const range = document.createRange();
      range.selectNodeContents(button);
      const tops = [...new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)))];
      const item = (button.parentElement as HTMLElement).getBoundingClientRect();
      return { tops, left: item.left, scroll: window.scrollY };
    });
    assert.ok(lines.tops.length >= 3, `a sentence of several lines: ${lines.tops.length}`);
    // The number is left of the item: compare that strip at the first, a middle and the last line.
    const strip = (top: number) =>
      page.screenshot({
        clip: { x: lines.left - 20, y: top + lines.scroll + 2, width: 18, height: 14 },
        fullPage: true,
      });
    const atFirst = await strip(lines.tops[0] ?? 0);
    const atMiddle = await strip(lines.tops[1] ?? 0);
    const atLast = await strip(lines.tops.at(-1) ?? 0);
    assert.ok(!atFirst.equals(atMiddle), "a number beside the first line");
    assert.ok(atLast.equals(atMiddle), "none beside the last line");
  });

  it("asks the server for nothing it does not serve", () => {
    const missing = logged.filter((line) => / GET \S+ 404 /.test(line));
    assert.deepEqual(missing, []);
    // a dropped .txt file was split by the server, as the command line reads it
    assert.ok(logged.some((line) => / POST \/v1\/article 200 /.test(line)));
  });
});

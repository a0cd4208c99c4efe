import assert from "node:assert/strict";
import { request } from "node:http";
import { describe, it } from "node:test";
import { TomtatError } from "../errors.ts";
import { hostName, isLoopback, plainName } from "./cross-site.ts";
import { defaultHosts, start } from "./start.ts";
import { expectError, quietApp } from "./testing.ts";

const SEGMENT = JSON.stringify({ text: "Thành phố Cần Thơ khánh thành cầu mới." });

/** POSTs a small segment request to an in-process app with these headers. */
async function post(
  headers: Record<string, string>,
  allowedHosts: readonly string[] | "any" = "any",
): Promise<Response> {
  const { app } = quietApp({ workers: 0, allowedHosts });
  return app.request("http://localhost:8080/v1/segment", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: SEGMENT,
  });
}

describe("a browser's request from another site is refused (403 E_FORBIDDEN)", () => {
  const rows: [name: string, headers: Record<string, string>, allowed: boolean][] = [
    ["curl or a script: neither Sec-Fetch-Site nor Origin", {}, true],
    ["the page itself (Sec-Fetch-Site: same-origin)", { "Sec-Fetch-Site": "same-origin" }, true],
    ["typed or bookmarked by the user (Sec-Fetch-Site: none)", { "Sec-Fetch-Site": "none" }, true],
    [
      "another site (Sec-Fetch-Site: cross-site), even with an Origin equal to the Host",
      { "Sec-Fetch-Site": "cross-site", Origin: "http://localhost:8080" },
      false,
    ],
    ["a sibling site (Sec-Fetch-Site: same-site)", { "Sec-Fetch-Site": "same-site" }, false],
    ["an older browser, same Origin as the Host", { Origin: "http://localhost:8080" }, true],
    ["an older browser, another Origin", { Origin: "http://example.com" }, false],
    ["an older browser, same host on another port", { Origin: "http://localhost:3000" }, false],
    ["a sandboxed page or a file (Origin: null)", { Origin: "null" }, false],
    [
      "a form post of text/plain from another site",
      { "Content-Type": "text/plain", Origin: "http://example.com" },
      false,
    ],
  ];
  for (const [name, headers, allowed] of rows) {
    it(`${name} → ${allowed ? "answered" : "403"}`, async () => {
      const res = await post(headers);
      if (allowed) {
        const text = await res.text();
        assert.equal(res.status, 200, text);
        assert.deepEqual(JSON.parse(text), {
          tokens: ["Thành_phố", "Cần_Thơ", "khánh_thành", "cầu", "mới", "."],
        });
      } else {
        const error = await expectError(res, 403, "E_FORBIDDEN");
        assert.match(
          error.message,
          /^Origin: a request from a page of another site \(.+\) is refused/,
        );
      }
    });
  }

  it("GET is never refused for its origin: the page and its files load from anywhere", async () => {
    const { app } = quietApp({ workers: 0 });
    const res = await app.request("http://localhost:8080/healthz", {
      headers: { "Sec-Fetch-Site": "cross-site", Origin: "http://example.com" },
    });
    assert.equal(res.status, 200);
  });

  it("the refusal is logged with its code", async () => {
    const { app, lines } = quietApp({ workers: 0 });
    await app.request("http://localhost:8080/v1/segment", {
      method: "POST",
      headers: { Origin: "http://example.com" },
      body: SEGMENT,
    });
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? "", / POST \/v1\/segment 403 \d+ms E_FORBIDDEN$/);
  });
});

describe("a Host the server does not answer to is refused (403 E_FORBIDDEN)", () => {
  const allowed = ["localhost", "127.0.0.1", "::1", "Tomtat.Example.com."];
  const rows: [host: string, answered: boolean][] = [
    ["localhost:8080", true],
    ["LOCALHOST", true],
    ["127.0.0.1:8080", true],
    ["[::1]:8080", true],
    ["tomtat.example.com", true],
    ["tomtat.example.com.:443", true],
    ["evil.example", false],
    ["evil.example:8080", false],
    ["127.0.0.2:8080", false],
  ];
  for (const [host, answered] of rows) {
    it(`Host: ${host} → ${answered ? "answered" : "403"}`, async () => {
      const res = await post({ Host: host }, allowed);
      if (answered) assert.equal(res.status, 200, await res.text());
      else {
        const error = await expectError(res, 403, "E_FORBIDDEN");
        assert.equal(
          error.message,
          `Host: this server does not answer to the host name "${hostName(host)}"; start it with --allow-host ${hostName(host)} if that name is meant to reach it`,
        );
      }
    });
  }

  it("GET is refused too: a rebound name must not read the page or the API's description", async () => {
    const { app } = quietApp({ workers: 0, allowedHosts: ["localhost"] });
    const res = await app.request("http://evil.example/openapi.json", {
      headers: { Host: "evil.example" },
    });
    await expectError(res, 403, "E_FORBIDDEN");
  });

  it("refuses an allowedHosts entry that is no host name (E_OPTION)", () => {
    for (const bad of ["", "a b", "http://x", "user@x"]) {
      assert.throws(
        () => quietApp({ allowedHosts: [bad] }),
        (err: unknown) => err instanceof TomtatError && err.code === "E_OPTION",
      );
    }
  });
});

describe("host names", () => {
  const names: [header: string, name: string][] = [
    ["localhost:8080", "localhost"],
    ["Example.COM.:80", "example.com"],
    ["[::1]:8080", "::1"],
    ["[::1]", "::1"],
    ["127.0.0.1", "127.0.0.1"],
    [" tomtat.vn ", "tomtat.vn"],
  ];
  for (const [header, name] of names) {
    it(`Host: ${header} → ${name}`, () => assert.equal(hostName(header), name));
  }
  it("a name as given keeps a bare IPv6 address whole", () => {
    assert.equal(plainName("::1"), "::1");
    assert.equal(plainName("[::1]"), "::1");
  });

  const loopback: [host: string, is: boolean][] = [
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["[::1]", true],
    ["localhost", true],
    ["0.0.0.0", false],
    ["192.168.1.5", false],
    ["::", false],
  ];
  for (const [host, is] of loopback) {
    it(`${host} is ${is ? "" : "not "}this machine only`, () => assert.equal(isLoopback(host), is));
  }
});

describe("the names a started server answers to", () => {
  const rows: [given: readonly string[] | "any" | undefined, bound: string, want: unknown][] = [
    [undefined, "127.0.0.1", ["localhost", "127.0.0.1", "::1"]],
    [undefined, "127.0.0.2", ["localhost", "127.0.0.1", "::1", "127.0.0.2"]],
    [undefined, "0.0.0.0", "any"],
    [undefined, "192.168.1.5", "any"],
    [["tomtat.lan"], "0.0.0.0", ["localhost", "127.0.0.1", "::1", "tomtat.lan"]],
    [["tomtat.lan"], "192.168.1.5", ["localhost", "127.0.0.1", "::1", "192.168.1.5", "tomtat.lan"]],
    [["tomtat.lan"], "127.0.0.1", ["localhost", "127.0.0.1", "::1", "tomtat.lan"]],
    ["any", "127.0.0.1", "any"],
  ];
  for (const [given, bound, want] of rows) {
    it(`${JSON.stringify(given)} bound to ${bound} → ${JSON.stringify(want)}`, () => {
      assert.deepEqual(defaultHosts(given, bound), want);
    });
  }

  it("a server on 127.0.0.1 refuses a rebound name and answers localhost", async (t) => {
    const server = await start({ port: 0, log: () => {}, workers: 0 });
    t.after(() => server.close());
    const status = (host: string) =>
      new Promise<number | undefined>((resolve, reject) => {
        const req = request({
          port: server.port,
          host: "127.0.0.1",
          path: "/healthz",
          headers: { host },
        });
        req.on("response", (res) => {
          res.resume();
          resolve(res.statusCode);
        });
        req.on("error", reject);
        req.end();
      });
    assert.equal(await status(`localhost:${server.port}`), 200);
    assert.equal(await status(`127.0.0.1:${server.port}`), 200);
    assert.equal(await status(`evil.example:${server.port}`), 403);
  });
});

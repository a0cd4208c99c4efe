import assert from "node:assert/strict";
import { connect } from "node:net";
import { describe, it } from "node:test";
import { Command } from "commander";
import { registerServe } from "../cli/serve.ts";
import { TomtatError } from "../errors.ts";
import { SUMMARIZE_BODY } from "./fixture.ts";
import { DEFAULTS, LIMITS } from "./options.ts";
import { type StartOptions, start } from "./start.ts";
import { getBytes as GET, postBytes, raw, recorder } from "./testing.ts";

const GARBAGE = / - - 400 0ms E_FORMAT HPE_INVALID_METHOD$/;
const MID_HEADERS =
  / - - 499 0ms the connection closed before the request's headers were complete$/;

describe("start: a real server on 127.0.0.1", () => {
  it("listens on a free port, survives malformed requests and keeps answering", async () => {
    const lines: string[] = [];
    const server = await start({ port: 0, log: (l) => lines.push(l), maxBodyBytes: 10_000 });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const garbage = await raw(server.port, "NOT HTTP AT ALL\r\n\r\n");
      assert.match(garbage, /^HTTP\/1\.1 400/);
      const lying = await raw(
        server.port,
        "POST /v1/summarize HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 50000\r\nConnection: close\r\n\r\n{}",
      );
      assert.match(lying, /^HTTP\/1\.1 413/);
      assert.match(lying, /"code":"E_TOO_LARGE"/);
      const chunked = await fetch(`${server.url}/v1/summarize`, {
        method: "POST",
        body: new ReadableStream({
          start(c) {
            c.enqueue(new TextEncoder().encode(`{"documents":[{"text":"${"a".repeat(20_000)}"}]}`));
            c.close();
          },
        }),
        duplex: "half",
      } as RequestInit);
      assert.equal(chunked.status, 413);
      const bad = await fetch(`${server.url}/v1/summarize`, { method: "POST", body: "{" });
      assert.equal(bad.status, 400);
      const ok = await fetch(`${server.url}/v1/summarize`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: SUMMARIZE_BODY,
      });
      assert.equal(ok.status, 200);
      assert.ok(((await ok.json()) as { summary: string }).summary.includes("Phú Lộc"));
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      assert.ok(lines.some((l) => / POST \/v1\/summarize 413 /.test(l)));
    } finally {
      await server.close();
    }
  });

  it("logs a client that disconnects mid-body as 499, not as a server fault", async () => {
    const log = recorder();
    const server = await start({ port: 0, log: log.write });
    try {
      for (const path of ["/v1/segment", "/v1/summarize"]) {
        const socket = connect(server.port, "127.0.0.1", () => {
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{"text":`,
            () => socket.destroy(),
          );
        });
      }
      await log.until((lines) => lines.filter((l) => / 499 /.test(l)).length === 2);
      for (const path of ["/v1/segment", "/v1/summarize"]) {
        const line = log.lines.find((l) => l.includes(` POST ${path} `)) ?? log.lines.join("\n");
        assert.match(line, / 499 \d+ms the connection closed after \d+ bytes of the body$/);
      }
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      assert.equal(log.lines.length, 3, `one line per request: ${log.lines.join("\n")}`);
    } finally {
      await server.close();
    }
  });

  it("answers a body that breaks HTTP framing with 400 E_FORMAT, logged with its method and path", async () => {
    const log = recorder();
    const server = await start({ port: 0, log: log.write });
    try {
      const answer = await raw(
        server.port,
        'POST /v1/segment HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"tex\r\nZZZ\r\n',
      );
      assert.match(answer, /^HTTP\/1\.1 400 /);
      assert.match(answer, /"code":"E_FORMAT"/);
      await log.until((lines) => lines.length === 2);
      assert.match(
        log.lines[0] ?? "",
        / POST \/v1\/segment 400 0ms E_FORMAT HPE_INVALID_CHUNK_SIZE$/,
      );
      assert.match(log.lines[1] ?? "", / POST \/v1\/segment 499 \d+ms the connection closed /);
    } finally {
      await server.close();
    }
  });

  it("answers requests refused before the app with the documented JSON error, and logs them", async () => {
    const lines: string[] = [];
    const server = await start({ port: 0, log: (l) => lines.push(l) });
    // [name, bytes, status, code, what the log line names: "- -" when never read]
    const rows: [name: string, bytes: string, status: number, code: string, logged: string][] = [
      ["bytes that are not HTTP", "NOT HTTP AT ALL\r\n\r\n", 400, "E_FORMAT", "- -"],
      ["a Host with a space", "GET /healthz HTTP/1.1\r\nHost: a b\r\n\r\n", 400, "E_FORMAT", "- -"],
      [
        "headers over Node's limit",
        `GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Dem: ${"à".repeat(20_000)}\r\n\r\n`,
        431,
        "E_TOO_LARGE",
        "- -",
      ],
      [
        "HTTP/1.1 without a Host",
        "GET /healthz?x=1 HTTP/1.1\r\n\r\n",
        400,
        "E_FORMAT",
        "GET /healthz",
      ],
    ];
    try {
      for (const [name, bytes, status, code] of rows) {
        const answer = await raw(server.port, bytes);
        const [head = "", body = ""] = answer.split("\r\n\r\n");
        assert.match(head, new RegExp(`^HTTP/1\\.1 ${status} `), `${name}: ${answer}`);
        assert.match(head, /content-type: application\/json/i, name);
        const { error } = JSON.parse(body) as { error: { code: string; message: string } };
        assert.equal(error.code, code, name);
        assert.ok(error.message.length > 0, name);
      }
      assert.equal(lines.length, rows.length, lines.join("\n"));
      rows.forEach(([name, , status, code, logged], i) => {
        assert.ok(
          (lines[i] ?? "").includes(` ${logged} ${status} 0ms ${code} `),
          `${name}: ${lines[i]}`,
        );
      });
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    } finally {
      await server.close();
    }
  });

  // [name, the bytes, whether the client then stops sending, statuses answered, log lines]
  const pipelined: [string, string, boolean, string[], RegExp[]][] = [
    [
      "two requests answered at once, the client done sending",
      `${GET("/healthz")}${GET("/openapi.json")}GARBAGE\r\n\r\n`,
      true,
      ["HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 400"],
      [/ GET \/healthz 200 /, / GET \/openapi\.json 200 /, GARBAGE],
    ],
    [
      "a summary made on a worker meanwhile, the client still connected",
      `${postBytes("/v1/summarize", SUMMARIZE_BODY)}GARBAGE\r\n\r\n`,
      false,
      ["HTTP/1.1 200", "HTTP/1.1 400"],
      [/ POST \/v1\/summarize 200 /, GARBAGE],
    ],
  ];
  for (const [name, bytes, halfClose, statuses, logged] of pipelined) {
    it(`answers the valid requests before bytes that are no request, in order: ${name}`, {
      timeout: 60_000,
    }, async () => {
      const log = recorder();
      const server = await start({ port: 0, log: log.write, workers: 1 });
      try {
        const answer = await raw(server.port, bytes, { halfClose });
        assert.deepEqual(answer.match(/HTTP\/1\.1 \d+/g), statuses, answer);
        assert.match(answer.slice(answer.lastIndexOf("HTTP/1.1")), /"code":"E_FORMAT"/);
        await log.until((lines) => lines.length === logged.length);
        logged.forEach((line, i) => {
          assert.match(log.lines[i] ?? "", line);
        });
      } finally {
        await server.close();
      }
    });
  }

  // [name, bytes sent before the client stops sending, statuses answered, log lines]
  const leaving: [name: string, bytes: string, statuses: string[], logged: RegExp[]][] = [
    ["alone", "GET /heal", [], [MID_HEADERS]],
    [
      "after two whole requests, which are answered",
      `${GET("/healthz")}${GET("/openapi.json")}GET /he`,
      ["HTTP/1.1 200", "HTTP/1.1 200"],
      [/ GET \/healthz 200 /, / GET \/openapi\.json 200 /, MID_HEADERS],
    ],
  ];
  for (const [name, bytes, statuses, logged] of leaving) {
    it(`a client that stops sending in the middle of the headers, ${name}: a 499 line, no answer`, async () => {
      const log = recorder();
      const server = await start({ port: 0, log: log.write, workers: 0 });
      try {
        const answer = await raw(server.port, bytes);
        assert.deepEqual(answer.match(/HTTP\/1\.1 \d+/g) ?? [], statuses, answer);
        await log.until((lines) => lines.length === logged.length);
        logged.forEach((line, i) => {
          assert.match(log.lines[i] ?? "", line);
        });
        assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
        assert.equal(log.lines.length, logged.length + 1, log.lines.join("\n"));
      } finally {
        await server.close();
      }
    });
  }

  it("on an IPv6 address, an HTTP/1.0 request without a Host gets the server's own", async (t) => {
    let server: Awaited<ReturnType<typeof start>>;
    try {
      server = await start({ port: 0, host: "::1", log: () => {}, workers: 0 });
    } catch (err) {
      t.skip(`no IPv6 loopback here: ${(err as Error).message}`);
      return;
    }
    try {
      assert.match(server.url, /^http:\/\/\[::1\]:\d+$/);
      const answer = await raw(server.port, "GET /healthz HTTP/1.0\r\n\r\n", { host: "::1" });
      assert.match(answer, /^HTTP\/1\.1 200 /, answer);
    } finally {
      await server.close();
    }
  });

  it("rejects with E_IO when the port is taken", async () => {
    const first = await start({ port: 0, log: () => {} });
    try {
      await assert.rejects(
        start({ port: first.port, log: () => {} }),
        (err: unknown) =>
          err instanceof TomtatError && err.code === "E_IO" && /EADDRINUSE/.test(err.message),
      );
    } finally {
      await first.close();
    }
  });
});

/** Parses `tomtat serve` flags; resolves with what the command would start, rejects on a bad flag. */
async function serveFlags(args: string[]): Promise<StartOptions | undefined> {
  let started: StartOptions | undefined;
  const program = new Command("tomtat").exitOverride();
  registerServe(program, async (options) => {
    started = options;
  });
  await program.parseAsync(["serve", ...args], { from: "user" });
  return started;
}

describe("tomtat serve: every server limit is a flag", () => {
  it("passes each limit to the server, and only those given", async () => {
    assert.deepEqual(await serveFlags([]), { port: 8080, host: "127.0.0.1" });
    assert.deepEqual(
      await serveFlags([
        "--port=0",
        "--max-body-bytes=1000",
        "--max-documents=3",
        "--max-text-chars=5000",
        "--timeout=600",
        "--workers=1",
      ]),
      {
        port: 0,
        host: "127.0.0.1",
        maxBodyBytes: 1000,
        maxDocuments: 3,
        maxTextChars: 5000,
        timeoutMs: 600,
        workers: 1,
      },
    );
  });

  it("passes --allow-host names, repeated, and `any` for every name", async () => {
    const hosts = async (args: string[]) => (await serveFlags(args))?.allowedHosts;
    assert.equal(await hosts([]), undefined);
    assert.deepEqual(await hosts(["--allow-host", "tomtat.lan"]), ["tomtat.lan"]);
    assert.deepEqual(await hosts(["--allow-host=a.lan", "--allow-host", "b.lan"]), [
      "a.lan",
      "b.lan",
    ]);
    assert.equal(await hosts(["--allow-host", "a.lan", "--allow-host", "any"]), "any");
    await assert.rejects(serveFlags(["--allow-host", "http://a.lan"]), (err: unknown) => {
      assert.ok(err instanceof TomtatError && err.code === "E_OPTION", String(err));
      assert.equal(err.message, '--allow-host expects a host name, got "http://a.lan"');
      return true;
    });
  });

  const flags: [flag: string, limit: keyof typeof DEFAULTS][] = [
    ["--max-body-bytes", "maxBodyBytes"],
    ["--max-documents", "maxDocuments"],
    ["--max-text-chars", "maxTextChars"],
    ["--timeout", "timeoutMs"],
    ["--workers", "workers"],
  ];
  it("has a flag for every limit of the server", () => {
    assert.deepEqual(flags.map(([, limit]) => limit).sort(), Object.keys(DEFAULTS).sort());
  });
  for (const [flag, limit] of flags) {
    const [min, max] = LIMITS[limit];
    for (const bad of [String(min - 1), String(max + 1), "2.5", "nhiều"]) {
      it(`${flag} ${bad} → E_OPTION naming the flag and the range the server accepts`, async () => {
        await assert.rejects(serveFlags([`${flag}=${bad}`]), (err: unknown) => {
          assert.ok(err instanceof TomtatError && err.code === "E_OPTION", String(err));
          assert.equal(
            err.message,
            `${flag} expects an integer from ${min} to ${max}, got "${bad}"`,
          );
          return true;
        });
      });
    }
  }
});

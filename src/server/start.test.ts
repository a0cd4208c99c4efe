import assert from "node:assert/strict";
import { connect } from "node:net";
import { describe, it } from "node:test";
import { TomtatError } from "../errors.ts";
import { ARTICLES } from "./fixture.ts";
import { start } from "./start.ts";

/** Sends raw bytes and resolves with whatever the server answers before closing. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(bytes));
    let out = "";
    socket.on("data", (d) => {
      out += d.toString();
    });
    socket.on("close", () => resolve(out));
    socket.on("error", () => resolve(out));
  });
}

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
        "POST /v1/summarize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50000\r\nConnection: close\r\n\r\n{}",
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
        body: JSON.stringify({
          documents: ARTICLES.map((a) => ({ title: a.title, text: a.text })),
        }),
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
    const lines: string[] = [];
    let logged: () => void = () => {};
    const server = await start({
      port: 0,
      log: (l) => {
        lines.push(l);
        if (lines.length === 2) logged();
      },
    });
    try {
      const both = new Promise<void>((resolve) => {
        logged = resolve;
      });
      for (const path of ["/v1/segment", "/v1/summarize"]) {
        const socket = connect(server.port, "127.0.0.1", () => {
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"text":`,
            () => socket.destroy(),
          );
        });
      }
      await both;
      for (const path of ["/v1/segment", "/v1/summarize"]) {
        const line = lines.find((l) => l.includes(` POST ${path} `)) ?? lines.join("\n");
        assert.match(
          line,
          / 499 \d+ms the client closed the connection after \d+ bytes of the body$/,
        );
      }
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
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

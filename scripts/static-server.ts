/** A static file server on loopback for the browser tests and benchmarks: one URL prefix per directory. */
import { createReadStream, existsSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
  ".xml": "application/xml",
};

export interface Server {
  /** The base URL of a served directory, ending in "/". */
  url(prefix: string): string;
  close(): Promise<void>;
}

/** Serves each directory under /<prefix>/ (e.g. { build: "/tmp/x" } at /build/). */
export function serve(dirs: Record<string, string>): Promise<Server> {
  const server = http.createServer((req, res) => {
    const [, prefix, ...rest] = decodeURIComponent(
      new URL(req.url ?? "/", "http://localhost").pathname
    ).split("/");
    const dir = dirs[prefix];
    const file = dir ? path.join(dir, path.normalize(rest.join("/")).replace(/^([/\\])+/, "")) : "";
    if (!dir || !file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      resolve({
        url: (prefix) => `${base}${prefix}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    })
  );
}

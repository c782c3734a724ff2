import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/**
 * A small static server over the production build (dist/), on a free port of localhost, for the
 * end-to-end tests and the demo benchmark. Serves files only; logs nothing.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export const DIST = path.resolve(__dirname, "../../../dist");

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Says clearly what to do when the production build is missing. */
export function assertBuilt(): void {
  if (!existsSync(path.join(DIST, "demo.html"))) {
    throw new Error(
      `There is no production build of the demo in ${DIST}. Run "npm run build" first (npm test does this).`,
    );
  }
}

export async function serveDist(root = DIST): Promise<StaticServer> {
  assertBuilt();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const relative = decodeURIComponent(url.pathname === "/" ? "/demo.html" : url.pathname);
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

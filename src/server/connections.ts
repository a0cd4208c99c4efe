import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";

/**
 * What the server knows of each connection, kept from public Node APIs (Node's own record, the
 * socket's `_httpMessage`, is private): the responses still due on it, oldest first. Node sends
 * them in that order, one at a time, so the first is the one on the wire or next to go.
 */
interface Connection {
  due: ServerResponse[];
}

const connections = new WeakMap<Duplex, Connection>();

/** Records a request's response on its connection: the first thing the request listener does. */
export function track(req: IncomingMessage, res: ServerResponse): void {
  let connection = connections.get(req.socket);
  if (!connection) {
    connection = { due: [] };
    connections.set(req.socket, connection);
  }
  const { due } = connection;
  due.push(res);
  // Sent whole (finish), or never to be (close, as when the connection ends first).
  const sent = () => {
    const i = due.indexOf(res);
    if (i >= 0) due.splice(i, 1);
  };
  res.once("finish", sent);
  res.once("close", sent);
}

/** The oldest response not yet sent on the connection, if any. */
export function firstDue(socket: Duplex): ServerResponse | undefined {
  return connections.get(socket)?.due[0];
}

/** Runs `then` once every response due on the connection has been sent, or the socket is gone. */
export function afterResponses(socket: Duplex, then: () => void): void {
  const due = firstDue(socket);
  if (due && !socket.destroyed) due.once("close", () => afterResponses(socket, then));
  else then();
}

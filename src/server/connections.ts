import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { Duplex } from "node:stream";

/**
 * What the server knows of each connection, kept from public Node APIs (Node's own record, the
 * socket's `_httpMessage`, is private): the responses still due on it, oldest first (Node sends
 * them in that order, one at a time, so the first is the one on the wire or next to go), and
 * where its last whole request ended, to tell a connection that ends mid-headers.
 */
interface Connection {
  due: ServerResponse[];
  /** Requests begun (their headers read) whose bytes are not all read yet. */
  unread: number;
  /** `socket.bytesRead` when the last request had been read whole; 0 before any. */
  readUpTo: number;
}

const connections = new WeakMap<Duplex, Connection>();

/** Records a request and its response on their connection: the first thing the request listener does. */
export function track(req: IncomingMessage, res: ServerResponse): void {
  const { socket } = req;
  const connection = connectionOf(socket);
  connection.unread++;
  req.once("end", () => {
    connection.unread--;
    connection.readUpTo = socket.bytesRead;
  });
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

function connectionOf(socket: Socket): Connection {
  let connection = connections.get(socket);
  if (!connection) {
    connection = { due: [], unread: 0, readUpTo: 0 };
    connections.set(socket, connection);
  }
  return connection;
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

/**
 * Whether the connection was in the middle of a request's headers: bytes came after its last
 * whole request (or since it opened), and none of them began a request that is still being read.
 * Bytes read in one chunk with the end of a request count as that request's, so a reset right
 * after pipelined bytes may read as between requests: this errs towards no log line.
 */
export function inHeaders(socket: Duplex): boolean {
  const connection = connections.get(socket);
  if (connection && connection.unread > 0) return false;
  return (socket as Socket).bytesRead > (connection?.readUpTo ?? 0);
}

/**
 * Starting a Node HTTP server on a port and learning the port it got (port 0 picks a free one,
 * which the tests use), shared by the local SharePoint and the workbench.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Listens on `port` at `host`; resolves with the port actually bound, rejects on e.g. EADDRINUSE. */
export async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Stops accepting connections and ends the open ones (keep-alive sockets would hold it open). */
export async function closeServer(server: Server): Promise<void> {
  await new Promise<void>((resolveClose) => {
    server.close(() => resolveClose());
    server.closeAllConnections();
  });
}

/**
 * Watches outgoing network connections of this process, so e2e tests can assert that
 * nothing (discord.js REST via undici, the gateway WebSocket, fetch) reaches past 127.0.0.1.
 *
 * Uses Node's diagnostics channels: `net.client.socket` (every TCP client socket: its DNS
 * lookup host and remote address) and `undici:request:create` (every undici/fetch request
 * origin, including ones that fail before connecting).
 *
 * @module
 */
import diagnostics from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/** A running watch started by {@link watchOutboundConnections}. */
export interface OutboundWatch {
  /** Every host name, address or origin seen, in order. */
  readonly seen: string[];
  /** The entries of {@link OutboundWatch.seen} that are not loopback. Should be empty. */
  nonLoopback(): string[];
  /** Stops watching. */
  stop(): void;
}

/** True for 127.0.0.0/8, ::1, ::ffff:127.x, `localhost`, and URLs/origins on those. */
export function isLoopback(hostOrUrl: string): boolean {
  let host = hostOrUrl;
  if (/^[a-z]+:\/\//i.test(hostOrUrl)) {
    try {
      host = new URL(hostOrUrl).hostname;
    } catch {
      return false;
    }
  }
  host = host.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host === '::1' ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    /^::ffff:127\.\d+\.\d+\.\d+$/i.test(host)
  );
}

/** Starts recording outgoing connections of this process (call `stop()` when done). */
export function watchOutboundConnections(): OutboundWatch {
  const seen: string[] = [];
  const onSocket = (message: unknown): void => {
    const socket = (message as { socket?: Socket }).socket;
    if (!socket) return;
    socket.once('lookup', (_err: Error | null, address: string, _family: unknown, host: string) => {
      seen.push(host || address);
    });
    socket.once('connect', () => {
      if (socket.remoteAddress) seen.push(socket.remoteAddress);
    });
  };
  const onUndici = (message: unknown): void => {
    const origin = (message as { request?: { origin?: unknown } }).request?.origin;
    if (typeof origin === 'string') seen.push(origin);
    else if (origin instanceof URL) seen.push(origin.origin);
  };
  diagnostics.subscribe('net.client.socket', onSocket);
  diagnostics.subscribe('undici:request:create', onUndici);
  return {
    seen,
    nonLoopback: () => seen.filter((h) => !isLoopback(h)),
    stop: () => {
      diagnostics.unsubscribe('net.client.socket', onSocket);
      diagnostics.unsubscribe('undici:request:create', onUndici);
    },
  };
}

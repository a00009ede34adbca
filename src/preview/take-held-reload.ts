/**
 * Vite keeps a page reload asked for while no browser is connected and sends it to the first one
 * that connects. Astro asks for one when its start-up content sync rewrites the content store
 * (after `astro dev` or a build of the same project filled it, or a change of config): the first
 * preview page would load, then load again. Connecting once ourselves, before the URL is given,
 * takes that reload; nothing else can ask for one later on a preview server (its input does not
 * change and it watches no files).
 */
export interface HmrEndpoint {
  port: number;
  /** Vite's `base`, where its HMR socket listens. */
  base: string;
  /** Vite's `webSocketToken`. */
  token: string;
}

/** Resolves once Vite has greeted the connection (the held reload, if any, is gone), or after `timeoutMs`. */
export function takeHeldReload(endpoint: HmrEndpoint, timeoutMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    let socket: WebSocket | undefined;
    const done = () => {
      clearTimeout(timer);
      try {
        socket?.close();
      } catch {
        // Not open yet, or gone already.
      }
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    try {
      socket = new WebSocket(`ws://127.0.0.1:${endpoint.port}${endpoint.base}?token=${encodeURIComponent(endpoint.token)}`, 'vite-hmr');
    } catch {
      done();
      return;
    }
    // Vite sends `connected`, then what it held, in the same turn: the first message is enough.
    socket.addEventListener('message', done, { once: true });
    socket.addEventListener('error', done, { once: true });
    socket.addEventListener('close', done, { once: true });
  });
}

/**
 * How the server process is started: the Node flags and environment that our VS Code client uses.
 * The protocol tests and the benchmark start it the same way, so they measure what users get.
 */

/**
 * Every keystroke rebuilds the model of the document, so the server makes a lot of short-lived
 * garbage. By default V8 lets the heap grow to 150-170 MB under a stream of edits to a 1 MB
 * document although under 20 MB of it is live; `--optimize-for-size` keeps it near 75 MB, at the
 * cost of more frequent collections (see docs/performance.md).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--optimize-for-size'];

/**
 * The server never opens a network connection, so it does not need extra CA certificates; loading
 * the file NODE_EXTRA_CA_CERTS names costs about 80 ms at every start on machines that set it.
 */
export function serverEnvironment(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const out = { ...env };
  delete out.NODE_EXTRA_CA_CERTS;
  return out;
}

/**
 * Word pools for synthetic postmortems. The sentences avoid milestone words ("detected",
 * "resolved", ...) so the generator decides exactly where the incident's milestones fall.
 */
import type { Random } from './random';

export const SERVICES = ['checkout-api', 'search-indexer', 'payments-gateway', 'auth-service', 'edge-proxy', 'billing-worker', 'image-resizer', 'session-store'];
export const PEOPLE = ['dana', 'lee', 'sam', 'priya', 'marco', 'yuki', 'olu', 'ines'];

const SUBJECTS = ['The on-call engineer', 'The database team', 'Traffic engineering', 'The incident commander', 'A responder', 'The storage team', 'Support'];
const VERBS = ['looked at', 'checked', 'compared', 'graphed', 'restarted a canary of', 'drained one node of', 'scaled up', 'reviewed the config of', 'raised the pool size of'];
const OBJECTS = ['the connection pool', 'the replica lag dashboard', 'the queue depth', 'the p99 latency panel', 'the error budget', 'the last three deploys', 'the cache hit ratio', 'the load balancer logs'];
const TAILS = ['with no change.', 'and saw the same pattern.', 'to rule out the network.', 'while customers kept retrying.', 'and posted the graph in the channel.', 'as a first guess.', 'before the hand-over.'];

export function sentence(r: Random): string {
  return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} on ${r.pick(SERVICES)} ${r.pick(TAILS)}`;
}

export function paragraph(r: Random, min = 2, max = 5): string {
  const out: string[] = [];
  for (let n = r.int(min, max); n > 0; n--) out.push(sentence(r));
  return out.join(' ');
}

/** Short event text for a timeline entry. */
export function eventText(r: Random): string {
  return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} on ${r.pick(SERVICES)}.`;
}

/** A log line of the kind pasted into code fences; its times must not become timeline entries. */
export function logLine(r: Random): string {
  const hh = String(r.int(0, 23)).padStart(2, '0');
  const mm = String(r.int(0, 59)).padStart(2, '0');
  return `${hh}:${mm}:${String(r.int(0, 59)).padStart(2, '0')} ${r.pick(['WARN', 'ERROR', 'INFO'])} ${r.pick(SERVICES)} pool=${r.int(1, 64)} wait_ms=${r.int(1, 9000)}`;
}

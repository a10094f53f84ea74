import type { ServerResponse } from 'node:http';

/** Read on a guarded response: whether its deadline passed, so the request's own answer is not sent. */
export const DEADLINE_PASSED = Symbol('deadline passed');

/** The methods that write a response: after the deadline answered, the late answer writes nothing. */
const WRITES = new Set<PropertyKey>(['writeHead', 'setHeader', 'write', 'end', 'flushHeaders']);

/**
 * The response as the request's own work sees it, and a deadline: when it passes before that work
 * has answered, `expire` answers instead, and whatever the work writes later is dropped (it still
 * runs to its end; only its answer is not sent). Returns the guarded response, a function that
 * stops the clock, and one that gives the request longer.
 */
export function withDeadline(
  response: ServerResponse,
  deadlineMs: number,
  expire: (response: ServerResponse) => void | Promise<void>,
): { response: ServerResponse; stop: () => void; extendTo: (longerMs: number) => void } {
  let expired = false;
  const started = performance.now();
  const fire = () => {
    if (response.headersSent) return;
    expired = true;
    // An answer that cannot be written ends the exchange rather than leave the client waiting.
    Promise.resolve(expire(response)).catch(() => response.destroy());
  };
  let timer = setTimeout(fire, deadlineMs);
  const stop = () => clearTimeout(timer);
  /** Moves the deadline to `longerMs` after the start, once the request turns out to be one that may take that long. */
  const extendTo = (longerMs: number) => {
    if (expired || longerMs <= deadlineMs) return;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, started + longerMs - performance.now()));
  };
  response.once('close', stop);
  const guarded = new Proxy(response, {
    get(target, property) {
      if (property === DEADLINE_PASSED) return expired;
      if (expired && WRITES.has(property)) return () => target;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(target, property, value) {
      if (!expired) Reflect.set(target, property, value, target);
      return true;
    },
  });
  return { response: guarded, stop, extendTo };
}

/** What the push channel tells a member: only that their notices changed. */
export interface NoticesChanged {
  noticesChanged: true;
}

/**
 * The members listening on the push channel, each connection with its own stream of "your notices
 * changed". Changes that come while the member has not taken the last one yet are one change: the
 * web application reads all its notices again either way.
 */
export class NoticeListeners {
  private readonly byUser = new Map<string, Set<() => void>>();

  /** A stream for one connection of `userId`, ended when the connection closes (`return`). */
  changesFor(userId: string): AsyncIterableIterator<NoticesChanged> {
    let pending = false;
    let ended = false;
    let waiting: ((result: IteratorResult<NoticesChanged>) => void) | undefined;
    const touch = () => {
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ value: { noticesChanged: true }, done: false });
      } else {
        pending = true;
      }
    };
    const listeners = this.byUser.get(userId) ?? new Set();
    listeners.add(touch);
    this.byUser.set(userId, listeners);
    const end = (): Promise<IteratorResult<NoticesChanged>> => {
      ended = true;
      listeners.delete(touch);
      if (listeners.size === 0 && this.byUser.get(userId) === listeners) this.byUser.delete(userId);
      waiting?.({ value: undefined, done: true });
      waiting = undefined;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (ended) return Promise.resolve({ value: undefined, done: true });
        if (pending) {
          pending = false;
          return Promise.resolve({ value: { noticesChanged: true }, done: false });
        }
        return new Promise((resolve) => (waiting = resolve));
      },
      return: end,
      throw: (error: unknown) => end().then(() => Promise.reject(error)),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Tells each listening connection of these members that their notices changed. */
  touch(userIds: Iterable<string>): void {
    for (const userId of userIds) for (const listener of this.byUser.get(userId) ?? []) listener();
  }

  /** Tells every listening connection: the changes since the last are not known. */
  touchEveryone(): void {
    this.touch([...this.byUser.keys()]);
  }

  /** How many connections listen, for the gateway's metrics and tests. */
  get connections(): number {
    let count = 0;
    for (const listeners of this.byUser.values()) count += listeners.size;
    return count;
  }
}

import { describe, expect, it } from 'vitest';
import { NoticeListeners } from '../../gateway/src/notices/notice-listeners.ts';

describe("the push channel's listening members", () => {
  it('tells only the member a notice is for, each of their connections, once per change taken', async () => {
    const listeners = new NoticeListeners();
    const [first, second, other] = [listeners.changesFor('po.demo'), listeners.changesFor('po.demo'), listeners.changesFor('sw.demo')];
    const waiting = first.next();

    listeners.touch(['po.demo']);
    listeners.touch(['po.demo']);

    expect(await waiting).toEqual({ value: { noticesChanged: true }, done: false });
    // Two changes before the second connection took one are one change: it reads all its notices again either way.
    expect(await second.next()).toEqual({ value: { noticesChanged: true }, done: false });
    const nothingYet = await Promise.race([other.next(), new Promise((resolve) => setImmediate(() => resolve('nothing')))]);
    expect(nothingYet).toBe('nothing');
  });

  it('forgets a connection that closed, even while it waits for a change', async () => {
    const listeners = new NoticeListeners();
    const stream = listeners.changesFor('po.demo');
    const waiting = stream.next();

    await stream.return?.();

    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(listeners.connections).toBe(0);
    listeners.touchEveryone();
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});

import { describe, expect, it } from 'vitest';
import { FactsLeases, LEASE_MS, LONGEST_WAIT_MS } from '../../runtime/facts-changes/leases.ts';

/** Leases on a clock the test moves; `settled` says whether a write waiting on `version` would be answered now. */
function leasesAt(start = 1_000) {
  let now = start;
  const leases = new FactsLeases(() => now);
  const settled = async (version: bigint) => {
    let done = false;
    void leases.heardEverywhere(version).then(() => (done = true));
    await new Promise((resolve) => setImmediate(resolve));
    return done;
  };
  return { leases, settled, advance: (ms: number) => (now += ms) };
}

describe('the leases csec gives the gateways that watch the facts version', () => {
  it('holds a question for less than a lease, so a watching gateway never goes without one', () => {
    expect(LONGEST_WAIT_MS).toBeLessThan(LEASE_MS);
  });

  it('answers a write at once when no gateway holds a lease', async () => {
    const { settled } = leasesAt();
    expect(await settled(5n)).toBe(true);
  });

  it('holds a write while a gateway leased an older version and has not said it heard the new one', async () => {
    const { leases, settled } = leasesAt();
    leases.asked('gateway-a', 3n);
    leases.granted('gateway-a', 4n, 1_000);
    expect(await settled(5n)).toBe(false);
    leases.asked('gateway-a', 5n);
    expect(await settled(5n)).toBe(true);
  });

  it('answers the write once the lease has ended, whether or not the gateway answered', async () => {
    const { leases, settled, advance } = leasesAt();
    leases.granted('gateway-a', 4n, 1_000);
    advance(LEASE_MS - 1);
    expect(await settled(5n)).toBe(false);
    advance(200);
    expect(await settled(5n)).toBe(true);
  });

  it("does not wait for a lease on the write's own version or a newer one", async () => {
    const { leases, settled } = leasesAt();
    leases.granted('gateway-a', 5n, 1_000);
    expect(await settled(5n)).toBe(true);
  });

  it('forgets a gateway that stopped, even when a question it sent before is answered after', async () => {
    const { leases, settled } = leasesAt();
    leases.granted('gateway-a', 4n, 1_000);
    leases.released('gateway-a');
    leases.granted('gateway-a', 4n, 1_001);
    expect(await settled(5n)).toBe(true);
  });

  it('waits for every gateway, each by its own lease', async () => {
    const { leases, settled } = leasesAt();
    leases.granted('gateway-a', 4n, 1_000);
    leases.granted('gateway-b', 4n, 1_000);
    leases.asked('gateway-a', 5n);
    expect(await settled(5n)).toBe(false);
    leases.asked('gateway-b', 6n);
    expect(await settled(5n)).toBe(true);
  });
});

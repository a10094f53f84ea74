import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FACTS_CHANGES_PATH } from '../../runtime/policy/facts-request.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { callService } from '../../runtime/service-http.ts';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor, queryGateway, testScenario } from '../support/gateway.ts';
import { REVOKED_ELSEWHERE } from '../support/test-situations.ts';
import { countyToday } from '../../runtime/calendar.ts';

/** Posts `body` to the csec subgraph's facts changes route as the gateway does, with a token signed for it. */
async function askForChanges(body: string) {
  const signer = await RequesterTokenSigner.fromKeyFile(join(inject('keysDirectory'), 'gateway.private.jwk.json'), 30);
  const requester = {
    userId: 'csec-mdt-gateway',
    agency: 'CSEC_PROGRAM',
    roles: [],
    purposeOfUse: 'HOPERAT',
    breakGlassReason: null,
    requestId: 'facts-freshness-test',
  };
  const token = signer.sign(requester, 'csec', { method: 'POST', path: FACTS_CHANGES_PATH, body });
  return callService(new URL(FACTS_CHANGES_PATH, inject('subgraphUrls').csec), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
    timeoutMs: 25_000,
  });
}

/** Asks the csec subgraph, as the gateway does, for the first facts version after `after`. */
async function nextVersion(after: string): Promise<{ factsVersion: string; live: boolean }> {
  const answer = await askForChanges(JSON.stringify({ after }));
  expect(answer.status).toBe(200);
  return JSON.parse(answer.body) as { factsVersion: string; live: boolean };
}

describe(`the gateway hears of a change of the facts as it commits (${inject('storeKind')} sources)`, () => {
  it('the csec subgraph answers a waiting gateway with the new version as soon as a consent is revoked', async () => {
    const scenario = await testScenario();
    // A youth no other test decides on: the last of the county, with a consent still in force.
    const youth = scenario.csec.youth.toReversed().find((candidate) => (candidate.consents ?? []).some((consent) => !consent.revokedOn));
    const consent = (youth?.consents ?? []).find((candidate) => !candidate.revokedOn);
    if (!youth || !consent) throw new Error('The test county has no consent to revoke.');

    const current = await nextVersion('-1');
    expect(current.live).toBe(true);
    const waiting = nextVersion(current.factsVersion);
    const revoke = await queryGateway(
      'mutation Revoke($youthId: ID!, $consentId: ID!, $revokedOn: Date!) { recordConsentRevocation(youthId: $youthId, consentId: $consentId, revokedOn: $revokedOn) { id } }',
      { youthId: youth.id, consentId: consent.id, revokedOn: countyToday() },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const heard = await waiting;

    expect(revoke.body.errors).toBeUndefined();
    expect(BigInt(heard.factsVersion)).toBeGreaterThan(BigInt(current.factsVersion));
    expect(heard.live).toBe(true);
  });

  it('refuses a question without a version, clearly', async () => {
    const answer = await askForChanges(JSON.stringify({ after: 'yesterday' }));
    expect(answer.status).toBe(400);
    expect((JSON.parse(answer.body) as { errors: Array<{ message: string }> }).errors[0]?.message).toContain(
      'after must be a facts version, as a string of digits.',
    );
  });
});

describe(`a write is answered only once every gateway knows of it (${inject('storeKind')} sources)`, () => {
  const REVOKE =
    'mutation Revoke($youthId: ID!, $consentId: ID!, $revokedOn: Date!) { recordConsentRevocation(youthId: $youthId, consentId: $consentId, revokedOn: $revokedOn) { id } }';

  it('a gateway that holds a lease on the facts and has not heard the change holds the write until it has', async () => {
    const scenario = await testScenario();
    // A consent no other test reads: the second-to-last youth of the county with one in force.
    const youth = scenario.csec.youth
      .toReversed()
      .filter((candidate) => (candidate.consents ?? []).some((consent) => !consent.revokedOn))[1];
    const consent = (youth?.consents ?? []).find((candidate) => !candidate.revokedOn);
    if (!youth || !consent) throw new Error('The test county has no second consent to revoke.');
    const watcher = `facts-freshness-${Date.now()}`;
    const ask = async (after: string) => {
      const answer = await askForChanges(JSON.stringify({ after, watcher }));
      expect(answer.status).toBe(200);
      return JSON.parse(answer.body) as { factsVersion: string; live: boolean; leaseMs?: number };
    };

    const leased = await ask('-1');
    expect(leased.live).toBe(true);
    expect(leased.leaseMs).toBeGreaterThan(0);
    // The watcher asks again, having heard only the version before the write.
    const announced = ask(leased.factsVersion);
    let answered = false;
    const write = queryGateway(
      REVOKE,
      { youthId: youth.id, consentId: consent.id, revokedOn: countyToday() },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    ).then((response) => {
      answered = true;
      return response;
    });
    const heard = await announced;
    expect(BigInt(heard.factsVersion)).toBeGreaterThan(BigInt(leased.factsVersion));
    // Told of the write's version, the watcher has not yet said it heard it: the write waits for it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    const acknowledged = ask(heard.factsVersion);
    const response = await write;
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data).toEqual({ recordConsentRevocation: { id: consent.id } });
    await askForChanges(JSON.stringify({ after: heard.factsVersion, watcher, release: true }));
    await acknowledged;
  });

  it('a youth revokes a consent through one gateway and the social worker asks another at once: no subgraph sends the records', async () => {
    const responses = inject('subgraphCapturePath');
    const other = await startExtraGateway({});
    try {
      const ask = (url: string, query: string, variables: Record<string, unknown>, asking: Parameters<typeof headersFor>[0] = {}) =>
        headersFor(asking).then(async (headers) => {
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query, variables }),
          });
          return (await response.json()) as {
            data?: { youth?: { health?: { substanceUse?: { treatment?: Array<{ program: string }> } | null } | null } | null };
            errors?: unknown;
          };
        });
      const treatment = 'query Treatment($id: ID!) { youth(id: $id) { health { substanceUse { treatment { program } } } } }';
      const before = await queryGateway(treatment, { id: REVOKED_ELSEWHERE.youthId });
      const again = await queryGateway(treatment, { id: REVOKED_ELSEWHERE.youthId });
      const revoke = await ask(
        other.url,
        REVOKE,
        { youthId: REVOKED_ELSEWHERE.youthId, consentId: REVOKED_ELSEWHERE.consentId, revokedOn: countyToday() },
        { user: 'privacy.demo', purpose: 'HOPERAT' },
      );
      const sentBefore = (await readFile(responses, 'utf8')).length;
      const after = await queryGateway<{ youth: { health: { substanceUse: unknown } | null } | null }>(treatment, {
        id: REVOKED_ELSEWHERE.youthId,
      });
      const sentAfter = (await readFile(responses, 'utf8')).slice(sentBefore);

      expect(JSON.stringify(before.body.data)).toContain(REVOKED_ELSEWHERE.program);
      expect(again.body.data).toEqual(before.body.data);
      expect(revoke.errors).toBeUndefined();
      expect(sentAfter).not.toContain(REVOKED_ELSEWHERE.program);
      expect(after.body.data?.youth?.health?.substanceUse).toBeNull();
    } finally {
      other.stop();
    }
  });
});

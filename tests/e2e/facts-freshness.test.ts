import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FACTS_CHANGES_PATH } from '../../runtime/policy/facts-request.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { callService } from '../../runtime/service-http.ts';
import { queryGateway, testScenario } from '../support/gateway.ts';
import { countyToday } from '../../runtime/calendar.ts';

/** Posts `body` to the csec subgraph's facts changes route as the gateway does, with a token signed for it. */
async function askForChanges(body: string) {
  const signer = await RequesterTokenSigner.fromKeyFile(join(inject('keysDirectory'), 'gateway.private.jwk.json'), 30);
  const requester = { userId: 'csec-mdt-gateway', agency: 'CSEC_PROGRAM', roles: [], purposeOfUse: 'HOPERAT', breakGlassReason: null, requestId: 'facts-freshness-test' };
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
    expect((JSON.parse(answer.body) as { errors: Array<{ message: string }> }).errors[0]?.message).toContain('"after" must be a facts version');
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePorts } from '../../scripts/lib/system.ts';
import { startExtraGateway } from '../support/extra-gateway.ts';

const gatewayBase = () => inject('gatewayUrl').replace(/\/graphql$/, '');

describe(`liveness and readiness (${inject('storeKind')} sources)`, () => {
  it('reports every dependency ready when every source answers', async () => {
    const response = await fetch(`${gatewayBase()}/ready`);
    const body = (await response.json()) as {
      status: string;
      policy: string;
      subgraphs: Record<string, { status: string; dependencies: Record<string, string> }>;
    };

    expect(response.status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.policy).toBe('ok');
    for (const name of ['csec', 'child-welfare', 'probation', 'health', 'education']) {
      expect(body.subgraphs[name]).toEqual({ status: 'ready', dependencies: { source: 'ok', policy: 'ok' } });
    }
  });

  describe("when the health system's FHIR server is down", () => {
    let healthSubgraph: ChildProcess;
    let gateway: { url: string; stop: () => void };

    beforeAll(async () => {
      const [port, closed] = await freePorts(2);
      healthSubgraph = spawn(process.execPath, ['subgraphs/health/src/main.ts'], {
        env: {
          ...inject('serviceEnvironment'),
          HEALTH_SUBGRAPH_PORT: String(port),
          HEALTH_FHIR_BASE_URL: `http://127.0.0.1:${closed}/fhir/R4`,
        },
        stdio: 'ignore',
      });
      const url = `https://127.0.0.1:${port}`;
      for (
        let attempt = 0;
        attempt < 100 &&
        !(await fetch(`${url}/health`).then(
          () => true,
          () => false,
        ));
        attempt += 1
      ) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      gateway = await startExtraGateway({ HEALTH_SUBGRAPH_URL: `${url}/graphql` });
    });

    afterAll(() => {
      gateway.stop();
      healthSubgraph.kill('SIGTERM');
    });

    it('is live but not ready, and says which dependency is failing without saying where it is', async () => {
      const base = gateway.url.replace(/\/graphql$/, '');
      const live = await fetch(`${base}/health`);
      const ready = await fetch(`${base}/ready`);
      const text = await ready.text();
      const body = JSON.parse(text) as {
        status: string;
        subgraphs: Record<string, { status: string; dependencies?: Record<string, string> }>;
      };

      expect(live.status).toBe(200);
      expect(ready.status).toBe(503);
      expect(body.status).toBe('unavailable');
      expect(body.subgraphs['health']).toEqual({ status: 'unavailable', dependencies: { source: 'unavailable', policy: 'ok' } });
      expect(body.subgraphs['csec']?.status).toBe('ready');
      expect(text).not.toMatch(/127\.0\.0\.1|fhir\/R4|http/);
    });
  });
});

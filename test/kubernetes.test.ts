import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { globSync, readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { baseVariables, jobRegistry, loadConfig, type EnvVar, type ServiceConfig } from '@zaffa/shared';

// The manifests under deploy/kubernetes, rendered by kustomize as a cluster would get them, checked
// against the Kubernetes (and KEDA) schemas and against what the services really read and serve.

const root = fileURLToPath(new URL('..', import.meta.url));

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

/** `kustomize build`, or the kustomize inside kubectl; .ci/run installs one when the machine has neither. */
function render(dir: string): Manifest[] {
  const kustomize = spawnSync('kustomize', ['version'], { stdio: 'ignore' }).status === 0;
  const [cmd, args] = kustomize ? ['kustomize', ['build', dir]] : ['kubectl', ['kustomize', dir]];
  const out = execFileSync(cmd as string, args as string[], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return parseAllDocuments(out).map((d) => d.toJS() as Manifest);
}

/** The model class for a manifest's apiVersion and kind, which validates it against its JSON schema. */
async function validate(m: Manifest): Promise<void> {
  const module = m.apiVersion.startsWith('keda.sh/') ? `@kubernetes-models/keda/${m.apiVersion}` : `kubernetes-models/${m.apiVersion}`;
  const models = (await import(module)) as Record<string, new (data: unknown) => { validate(): void }>;
  const Model = models[m.kind];
  assert.ok(Model, `no schema for ${m.apiVersion} ${m.kind}`);
  new Model(m).validate();
}

const subgraphs = readdirSync(new URL('../subgraphs/', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const servers = ['gateway', ...subgraphs];
const deployables = [...servers, 'workers'];

// Every service's declared variables, as `npm run docs:env` finds them.
const configs: ServiceConfig[] = [];
for (const file of globSync('{gateway,workers,subgraphs/*}/src/config.ts', { cwd: root })) {
  const module = (await import(pathToFileURL(root + file).href)) as Record<string, unknown>;
  configs.push(
    ...Object.values(module).filter((v): v is ServiceConfig => typeof v === 'object' && v !== null && 'variables' in v && 'load' in v),
  );
}
const known: Record<string, EnvVar> = Object.assign({}, baseVariables, ...configs.map((c) => c.variables));
const subgraphUrl = configs.find((c) => c.patterns?.['<SUBGRAPH>_URL'])!.patterns!['<SUBGRAPH>_URL']!;
const defaultPort = (name: string) => {
  const config = configs.find((c) => c.service === name && c.port)!;
  return config.variables[config.port!]!.schema.parse(undefined) as number;
};

for (const overlay of ['base', 'overlays/production']) {
  describe(`deploy/kubernetes/${overlay}`, () => {
    const manifests = render(`deploy/kubernetes/${overlay}`);
    const find = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
    const config = find('ConfigMap', 'zaffa-config')!.data!;
    const secret = find('Secret', 'zaffa-secrets')!.stringData!;

    it('is valid against the Kubernetes and KEDA schemas', async () => {
      for (const m of manifests) await validate(m).catch((err: Error) => assert.fail(`${m.kind} ${m.metadata.name}: ${err.message}`));
    });

    it('configures only variables the services know, with values they accept', () => {
      const variables = Object.fromEntries(
        Object.keys(config).map((name) => [name, known[name] ?? (/^[A-Z]+_URL$/.test(name) ? subgraphUrl : undefined)]),
      );
      for (const [name, variable] of Object.entries(variables)) assert.ok(variable, `unknown variable ${name}`);
      assert.doesNotThrow(() => loadConfig(variables as Record<string, EnvVar>, config));
    });

    for (const name of deployables) {
      it(`runs ${name} with probes on its port, requests, a grace period that covers SHUTDOWN_GRACE_MS and a disruption budget`, () => {
        const deployment = find('Deployment', name);
        assert.ok(deployment, `no Deployment for ${name}`);
        const pod = deployment.spec.template.spec;
        const container = pod.containers[0];
        const port = defaultPort(name);
        assert.equal(container.ports[0].containerPort, port);
        assert.equal(container.readinessProbe.httpGet.path, '/readyz');
        assert.equal(container.livenessProbe.httpGet.path, '/healthz');
        for (const probe of [container.readinessProbe, container.livenessProbe]) assert.ok([port, 'http'].includes(probe.httpGet.port));
        assert.ok(container.resources.requests.cpu && container.resources.requests.memory);
        const preStopS = Number(container.lifecycle?.preStop?.exec?.command?.[1] ?? 0);
        assert.ok(pod.terminationGracePeriodSeconds * 1000 >= preStopS * 1000 + Number(config.SHUTDOWN_GRACE_MS) + 1000);
        for (const ref of container.env.map((e: { valueFrom?: { secretKeyRef?: { key: string } } }) => e.valueFrom?.secretKeyRef?.key))
          if (ref) assert.ok(ref in secret, `${name} reads ${ref}, which the Secret lacks`);
        const pdb = manifests.find(
          (m) => m.kind === 'PodDisruptionBudget' && m.spec.selector.matchLabels['app.kubernetes.io/name'] === name,
        );
        assert.ok(pdb, `no PodDisruptionBudget for ${name}`);
      });
    }

    it('scales the gateway and every subgraph on CPU, each reachable at the URL the gateway calls', () => {
      for (const name of servers) {
        const hpa = find('HorizontalPodAutoscaler', name);
        assert.equal(hpa?.spec.scaleTargetRef.name, name, `no HorizontalPodAutoscaler for ${name}`);
        assert.equal(find('Service', name)?.spec.ports[0].port, defaultPort(name));
      }
      for (const name of subgraphs) assert.equal(config[`${name.toUpperCase()}_URL`], `http://${name}:${defaultPort(name)}/graphql`);
      assert.ok(
        find('Deployment', 'accounts')!.spec.template.spec.containers[0].env.some((e: { name: string }) => e.name === 'JWT_PRIVATE_KEY'),
      );
    });

    it("scales the workers on every queue's BullMQ wait list, under the configured prefix", () => {
      const scaled = find('ScaledObject', 'workers');
      assert.equal(scaled?.spec.scaleTargetRef.name, 'workers');
      const lists = scaled.spec.triggers.map((t: { type: string; metadata: { listName: string } }) => `${t.type} ${t.metadata.listName}`);
      assert.deepEqual(
        lists.sort(),
        Object.keys(jobRegistry)
          .map((queue) => `redis ${config.QUEUE_PREFIX}:${queue}:wait`)
          .sort(),
      );
    });

    it('gives the gateway and every subgraph the key subgraphs require of their callers, from the Secret', () => {
      for (const name of servers) {
        const env = find('Deployment', name)!.spec.template.spec.containers[0].env as { name: string; valueFrom?: unknown }[];
        assert.deepEqual(
          env.find((e) => e.name === 'SUBGRAPH_SECRET')?.valueFrom,
          { secretKeyRef: { name: 'zaffa-secrets', key: 'SUBGRAPH_SECRET' } },
          name,
        );
      }
      assert.ok(secret.SUBGRAPH_SECRET!.length >= 32);
    });

    it('points at Postgres and Redis outside the cluster', () => {
      for (const name of ['postgres', 'redis']) assert.equal(find('Service', name)?.spec.type, 'ExternalName');
      assert.match(secret.DATABASE_URL!, /@postgres:5432\//);
      assert.match(secret.REDIS_URL!, /@redis:6379/);
    });
  });
}

import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the metadata polyfill loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { SUBGRAPH_NAMES } from '../../runtime/config.ts';
import { OPERATOR_IDENTITY } from '../../runtime/service-tls.ts';

/**
 * The development certificate authority and one certificate per service, generated at setup into
 * `<CSEC_KEYS_DIR>/tls` (the default `CSEC_TLS_DIR`) and never committed. Each service's
 * certificate names 127.0.0.1 and localhost, where development runs everything, and serves both
 * its listener and the calls it makes (server and client authentication), as a service mesh's
 * workload certificates do. Production uses certificates from the county's authority instead.
 */
x509.cryptoProvider.set(crypto);

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 86_400_000;
/** Long enough for a development checkout, short enough that a copied key does not last. */
const VALID_DAYS = 365;

/** Everything that presents a certificate: the gateway, each subgraph, the embedded FHIR server and the operator's tools. */
export function serviceIdentityNames(): string[] {
  return ['gateway', ...SUBGRAPH_NAMES, 'embedded-fhir-server', OPERATOR_IDENTITY];
}

/**
 * Generates what is missing or about to expire: the authority (and then every certificate again,
 * since the old ones are no longer trusted), and the certificate of any service added since
 * (`npm run subgraph:new`) or near its end.
 */
export async function ensureDevelopmentCertificates(
  directory: string,
  services: readonly string[] = serviceIdentityNames(),
): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const caCertificatePath = join(directory, 'ca.pem');
  const caKeyPath = join(directory, 'ca.key.pem');
  const authorityCurrent = (await stillValid(caCertificatePath)) && existsSync(caKeyPath);
  const authority = authorityCurrent
    ? await readAuthority(caCertificatePath, caKeyPath)
    : await createAuthority(caCertificatePath, caKeyPath);
  for (const service of services) {
    if (authorityCurrent && (await stillValid(join(directory, `${service}.pem`))) && existsSync(join(directory, `${service}.key.pem`)))
      continue;
    await issueServiceCertificate(directory, service, authority);
  }
}

/** A certificate that exists and stays valid for another month: a start never runs into its expiry. */
async function stillValid(certificatePath: string): Promise<boolean> {
  if (!existsSync(certificatePath)) return false;
  const certificate = new x509.X509Certificate(await readFile(certificatePath, 'utf8'));
  return certificate.notAfter.getTime() > Date.now() + 30 * DAY_MS;
}

/** The authority's certificate and the key it signs with. */
type Authority = Awaited<ReturnType<typeof readAuthority>>;

async function createAuthority(certificatePath: string, keyPath: string): Promise<Authority> {
  const keys = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const notBefore = new Date(Date.now() - DAY_MS);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: 'CN=CSEC MDT development certificate authority',
    notBefore,
    notAfter: new Date(notBefore.getTime() + VALID_DAYS * DAY_MS),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  await writePrivate(keyPath, await privateKeyPem(keys.privateKey));
  await writeFile(certificatePath, certificate.toString('pem'));
  return { certificate, privateKey: keys.privateKey };
}

async function readAuthority(certificatePath: string, keyPath: string) {
  const certificate = new x509.X509Certificate(await readFile(certificatePath, 'utf8'));
  const der = x509.PemConverter.decodeFirst(await readFile(keyPath, 'utf8'));
  const privateKey = await crypto.subtle.importKey('pkcs8', der, ALGORITHM, false, ['sign']);
  return { certificate, privateKey };
}

async function issueServiceCertificate(directory: string, service: string, authority: Authority): Promise<void> {
  const keys = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const notBefore = new Date(Date.now() - DAY_MS);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: `CN=${service}, OU=CSEC MDT development`,
    issuer: authority.certificate.subject,
    notBefore,
    notAfter: new Date(notBefore.getTime() + VALID_DAYS * DAY_MS),
    publicKey: keys.publicKey,
    signingKey: authority.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'ip', value: '127.0.0.1' },
        { type: 'dns', value: 'localhost' },
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(authority.certificate),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  await writePrivate(join(directory, `${service}.key.pem`), await privateKeyPem(keys.privateKey));
  await writeFile(join(directory, `${service}.pem`), certificate.toString('pem'));
}

async function privateKeyPem(key: Authority['privateKey']): Promise<string> {
  return x509.PemConverter.encode(await crypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

async function writePrivate(path: string, pem: string): Promise<void> {
  await writeFile(path, pem, { mode: 0o600 });
  await chmod(path, 0o600);
}

/** A positive 128-bit serial, unique without a registry of issued certificates. */
function serialNumber(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] as number) & 0x7f;
  return Buffer.from(bytes).toString('hex');
}

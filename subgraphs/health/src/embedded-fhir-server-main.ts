import { loadConfig } from '../../../runtime/config.ts';
import { runService } from '../../../runtime/service-main.ts';
import { startEmbeddedFhirServer } from './embedded-fhir-server.ts';

await runService('embedded FHIR server', () => startEmbeddedFhirServer(loadConfig()));

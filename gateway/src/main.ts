import { loadConfig } from '../../runtime/config.ts';
import { runService } from '../../runtime/service-main.ts';
import { startGateway } from './gateway-server.ts';

await runService('gateway', () => startGateway(loadConfig()));

import { loadConfig } from '../../../runtime/config.ts';
import { runService } from '../../../runtime/service-main.ts';
import { startHealthSubgraph } from './service.ts';

await runService('health subgraph', () => startHealthSubgraph(loadConfig()));

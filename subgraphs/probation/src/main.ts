import { loadConfig } from '../../../runtime/config.ts';
import { startRelationalSubgraph } from '../../../runtime/relational-subgraph.ts';
import { runService } from '../../../runtime/service-main.ts';
import { probationSubgraph } from './service.ts';

await runService('probation subgraph', () => startRelationalSubgraph(probationSubgraph, loadConfig()));

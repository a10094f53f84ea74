import { loadConfig } from '../../../runtime/config.ts';
import { startRelationalSubgraph } from '../../../runtime/relational-subgraph.ts';
import { runService } from '../../../runtime/service-main.ts';
import { csecSubgraph } from './service.ts';

await runService('csec subgraph', () => startRelationalSubgraph(csecSubgraph, loadConfig()));

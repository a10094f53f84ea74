import { loadConfig } from '../../../runtime/config.ts';
import { startRelationalSubgraph } from '../../../runtime/relational-subgraph.ts';
import { runService } from '../../../runtime/service-main.ts';
import { childWelfareSubgraph } from './service.ts';

await runService('child-welfare subgraph', () => startRelationalSubgraph(childWelfareSubgraph, loadConfig()));

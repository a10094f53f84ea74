import { loadConfig } from '../../../runtime/config.ts';
import { startRelationalSubgraph } from '../../../runtime/relational-subgraph.ts';
import { runService } from '../../../runtime/service-main.ts';
import { educationSubgraph } from './service.ts';

await runService('education subgraph', () => startRelationalSubgraph(educationSubgraph, loadConfig()));

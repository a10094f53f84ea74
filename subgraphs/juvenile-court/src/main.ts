import { loadConfig } from '../../../runtime/config.ts';
import { startRelationalSubgraph } from '../../../runtime/relational-subgraph.ts';
import { runService } from '../../../runtime/service-main.ts';
import { juvenileCourtSubgraph } from './service.ts';

await runService('juvenile-court subgraph', () => startRelationalSubgraph(juvenileCourtSubgraph, loadConfig()));

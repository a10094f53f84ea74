import { inject } from 'vitest';
import { loadConfig } from '../../runtime/config.ts';
import { callServicesAsOperator } from './operator-tls.ts';

// Every test file of the running system calls its services over TLS, as the operator.
callServicesAsOperator(loadConfig(inject('serviceEnvironment')).tls);

import type { Handlers } from '../../shared/ipc/contract';
import type { AppContext } from '../app/app-context';
import { exportHandlers } from './handlers-export';
import { packagesHandlers } from './handlers-packages';
import { papersHandlers } from './handlers-papers';
import { schemeHandlers } from './handlers-scheme';
import { scoringHandlers } from './handlers-scoring';
import { weightsHandlers } from './handlers-weights';
import { workspaceHandlers } from './handlers-workspace';
import { yearHandlers } from './handlers-year';

/** Every channel's handler, built from the app context: plain async functions a test can call. */
export function createHandlers(ctx: AppContext): Handlers {
  return {
    ...workspaceHandlers(ctx),
    ...schemeHandlers(ctx),
    ...scoringHandlers(ctx),
    ...exportHandlers(ctx),
    ...packagesHandlers(ctx),
    ...yearHandlers(ctx),
    ...weightsHandlers(ctx),
    ...papersHandlers(ctx),
  };
}

import type { Api } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** The preload's bridge to the main process (see shared/ipc/contract.ts). */
    api: Api;
  }
}

// The names of the IPC channels and events, as plain literals: the sandboxed preload needs only
// these, and importing them from contract.ts would bundle zod (450 KB) into a script that every
// window evaluates on load. tests/shared/ipc-channel-names.test.ts proves this list equals the
// contract's; the event names are keys of a Record<EventName, true>, so the compiler names a
// missing or unknown one.
import type { EventName } from './contract';

/** Every channel of the contract, in its order. */
export const CHANNEL_NAMES = [
  'app:getInfo',
  'preferences:update',
  'workspace:get',
  'workspace:open',
  'assessment:open',
  'assessment:get',
  'assessment:create',
  'assessment:rename',
  'assessment:archive',
  'assessment:delete',
  'assessment:restore',
  'assessment:listMoved',
  'plan:import',
  'scheme:update',
  'people:update',
  'entry:set',
  'entry:clear',
  'settings:update',
  'results:get',
  'file:showInFolder',
  'file:dropped',
  'report:export',
  'sheets:export',
  'sheet:import',
  'packages:export',
  'packages:import',
  'packages:review',
  'packages:resolve',
  'assessment:finalize',
  'assessment:reopen',
  'package:open',
  'task:get',
  'task:setEntries',
  'task:clearEntries',
  'task:submit',
  'task:close',
  'weights:accept',
  'weights:yearData',
  'papers:unitSheets',
  'papers:feedback',
  'papers:notice',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

const EVENTS: Record<EventName, true> = { 'menu:command': true, 'preferences:changed': true, 'task:progress': true };

/** Every event main sends to the renderer. */
export const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

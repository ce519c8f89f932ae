export * from './sessionTypes';
export * from './promptTypes';
export * from './apiSchema';
export * from './wireMessages';
export * from './bridgeApi';
export * from './investigationApi';
export * from './investigationWireTypes';
export type * from './investigationEvents';
export type * from './findingTypes';

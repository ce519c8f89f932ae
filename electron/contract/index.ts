export * from './sessionTypes';
export * from './apiSchema';
export * from './wireMessages';
export * from './bridgeApi';

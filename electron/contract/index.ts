export * from './sessionTypes';
export * from './promptTypes';
export * from './apiSchema';
export * from './wireMessages';
export * from './bridgeApi';

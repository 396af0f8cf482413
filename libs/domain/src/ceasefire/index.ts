export * from './ceasefire-status';

export * from './processor.module';
export * from './projections-changed.event';

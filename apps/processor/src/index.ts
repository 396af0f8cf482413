export * from './processor.module';

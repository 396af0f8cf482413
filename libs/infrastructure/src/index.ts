export * from './infrastructure.module';
export * from './tokens';
export * from './http-app';

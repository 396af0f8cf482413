/** Injection tokens of the ports; the adapters behind them are chosen by the configuration. */
export const CONFIG = 'CONFIG';
export const CLOCK = 'CLOCK';
export const GAZETTEER = 'GAZETTEER';
export const EVENT_LOG = 'EVENT_LOG';
export const READ_STORE = 'READ_STORE';

/** The only reading of the wall clock; tests pass a fixed one. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

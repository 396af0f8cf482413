import { loadConfig } from '@app/config';

describe('configuration', () => {
  it('defaults to embedded storage under ./data on port 3000', () => {
    const config = loadConfig({}, '/srv/cw');
    expect(config.http).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(config.eventLog).toEqual({ kind: 'sqlite', path: '/srv/cw/data/event-log.sqlite' });
    expect(config.readStore).toEqual({ kind: 'sqlite', path: '/srv/cw/data/read-store.sqlite' });
    expect(config.roles).toEqual(['ingest', 'processor', 'query']);
  });

  it('switches each port to its distributed adapter by its own variable', () => {
    const config = loadConfig({
      KAFKA_BROKERS: '127.0.0.1:9092,127.0.0.1:9094',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6379',
      ROLES: 'processor',
    });
    expect(config.eventLog).toEqual({
      kind: 'kafka',
      brokers: ['127.0.0.1:9092', '127.0.0.1:9094'],
      clientId: 'ceasefire-watch',
    });
    expect(config.readStore).toEqual({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.roles).toEqual(['processor']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ KAFKA_BROKERS: 'localhost' }, 'KAFKA_BROKERS must be host:port'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a URL starting with postgres:// or postgresql://'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL must be a URL'],
    [{ ROLES: 'ingest,billing' }, 'ROLES'],
  ])('refuses %j with a sentence naming the variable', (env, fragment) => {
    expect(() => loadConfig(env)).toThrow(fragment);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig, ROLES } from '@app/config';

/**
 * No Docker engine runs here, so docker-compose.yml is checked for what can be checked without one:
 * every app's environment passes the same validation the apps run at start-up, and points at the
 * services the file defines.
 */
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(__dirname, '../../docker-compose.yml'), 'utf8'), { merge: true });
  const apps = ROLES.map((role) => [role, compose.services[role]] as const);

  it.each(apps)('runs %s with a configuration the app accepts, in distributed mode', (role, service) => {
    const config = loadConfig(service.environment);
    expect(config.roles).toEqual([role]);
    expect(config.eventLog.kind).toBe('kafka');
    expect(config.readStore.kind).toBe('postgres');
    expect(config.redisUrl).toBeDefined();
  });

  it.each(apps)('points %s at the services it waits for', (_role, service) => {
    const hosts = [
      service.environment.KAFKA_BROKERS.split(':')[0],
      new URL(service.environment.DATABASE_URL).hostname,
      new URL(service.environment.REDIS_URL).hostname,
    ];
    for (const host of hosts) {
      expect(compose.services[host]).toBeDefined();
      expect(service.depends_on[host]).toEqual({ condition: 'service_healthy' });
      expect(compose.services[host].healthcheck).toBeDefined();
    }
  });

  it('gives the apps the credentials PostgreSQL is created with', () => {
    const { POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DB } = compose.services.postgres.environment;
    const url = new URL(compose.services.query.environment.DATABASE_URL);
    expect([url.username, url.password, url.pathname.slice(1)]).toEqual([
      POSTGRES_USER,
      POSTGRES_PASSWORD,
      POSTGRES_DB,
    ]);
  });
});

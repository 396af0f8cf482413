import { Controller, DynamicModule, Get, INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, type Config } from '@app/config';
import { InfrastructureModule, type InfrastructureOptions } from './infrastructure.module';

@Controller('health')
class HealthController {
  @Get()
  health() {
    return { status: 'ok' };
  }
}

/**
 * Builds one HTTP process from feature modules (ingest, processor, query): the same wiring serves the
 * all-in-one `serve` and each app run on its own.
 */
export async function createHttpApp(
  config: Config,
  features: Type[],
  options: InfrastructureOptions & { logger?: false },
): Promise<INestApplication> {
  @Module({
    imports: [InfrastructureModule.forRoot(config, options), CqrsModule.forRoot(), ...features],
    controllers: [HealthController],
  })
  class ProcessModule {}

  // Ingest reads its body itself: it must see the raw bytes to refuse non-UTF-8 and oversize input.
  const app = await NestFactory.create<NestExpressApplication>(ProcessModule as DynamicModule['module'], {
    bodyParser: false,
    ...(options.logger === false ? { logger: false } : {}),
  });
  app.set('etag', 'strong');
  app.enableShutdownHooks();
  return app;
}

/**
 * One app as its own process (`nest start ingest`, `node dist/apps/ingest/main.js`): configuration from
 * the environment, validated before anything starts; a failure to start ends the process with the reason.
 */
export async function startApp(
  name: string,
  features: Type[],
  options: InfrastructureOptions,
): Promise<void> {
  try {
    const config = loadConfig(process.env);
    const app = await createHttpApp(config, features, options);
    await app.listen(config.http.port, config.http.host);
    process.stdout.write(`ceasefire-watch ${name} listening on ${await app.getUrl()}\n`);
  } catch (error) {
    process.stderr.write(
      `ceasefire-watch ${name}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  }
}

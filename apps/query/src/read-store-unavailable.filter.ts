import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';

/**
 * A read that fails for any reason other than the request's own (a 4xx) failed in the read store: say so
 * with 503, which tells a polling dashboard to try again, rather than a bare 500.
 */
@Catch()
export class ReadStoreUnavailableFilter implements ExceptionFilter {
  private readonly logger = new Logger('Query');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException) {
      response.status(error.getStatus()).json(error.getResponse());
      return;
    }
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.error(`read failed: ${reason}`);
    response.status(HttpStatus.SERVICE_UNAVAILABLE).json({
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      error: 'Service Unavailable',
      message: `the read store did not answer; retry shortly (${reason})`,
    });
  }
}

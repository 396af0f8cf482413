import { BadRequestException, Controller, HttpStatus, Inject, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Request, Response } from 'express';
import type { Config } from '@app/config';
import { CLOCK, CONFIG, type Clock } from '@app/infrastructure';
import { decodeArticles, MAX_ARTICLE_BYTES, MAX_BATCH_BYTES, readBody } from './article-request';
import { IngestArticles, type IngestOutcome } from './ingest-articles.command';

@Controller('v1/articles')
export class ArticlesController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /**
   * 202 with the id of an article put on the log; 200 with the existing id when the same content was
   * accepted before. A batch answers 202 when any of its articles was new.
   */
  @Post()
  async ingest(@Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const isJson = (request.headers['content-type'] ?? '').includes('json');
    const body = await readBody(request, isJson ? MAX_BATCH_BYTES : MAX_ARTICLE_BYTES);
    const { articles, batch } = decodeArticles(request.headers['content-type'], body);
    const latest = new Date(this.clock().getTime() + this.config.maxFutureHours * 3_600_000)
      .toISOString()
      .slice(0, 10);
    articles.forEach(({ published }, index) => {
      if (published > latest) {
        const which = batch ? `article ${index} of the batch: ` : '';
        throw new BadRequestException(
          `${which}the publication date ${published} is more than ${this.config.maxFutureHours} hours in the future`,
        );
      }
    });
    const outcomes: IngestOutcome[] = await this.commands.execute(new IngestArticles(articles));
    const anyAccepted = outcomes.some(({ status }) => status === 'accepted');
    response.status(anyAccepted ? HttpStatus.ACCEPTED : HttpStatus.OK);
    return batch ? { articles: outcomes } : outcomes[0];
  }
}

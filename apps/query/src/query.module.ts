import { Module } from '@nestjs/common';
import { ReadController } from './read.controller';

/** The query app: the read API over the projections. */
@Module({ controllers: [ReadController] })
export class QueryModule {}

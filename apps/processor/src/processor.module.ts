import { Module } from '@nestjs/common';
import { ExtractStage } from './extract.stage';
import { ProjectStage } from './project.stage';

/** The processor: the extract stage (articles → conflict-events) and the project stage (→ read store). */
@Module({ providers: [ExtractStage, ProjectStage] })
export class ProcessorModule {}

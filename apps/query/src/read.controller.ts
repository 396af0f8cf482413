import { Controller, Get, Inject, NotFoundException, Param, Query, UseFilters } from '@nestjs/common';
import type { Gazetteer } from '@app/domain';
import { GAZETTEER, READ_STORE } from '@app/infrastructure';
import type { ReadStore } from '@app/projections';
import { CeasefireQuery, EventsQuery, IncidentsQuery, parseQuery, StrikesQuery } from './query-parameters';
import { ReadStoreUnavailableFilter } from './read-store-unavailable.filter';

/**
 * The read API dashboards poll. Express gives every answer a strong ETag and answers a matching
 * If-None-Match with 304, so an unchanged projection costs a hash, not a transfer.
 */
@Controller('v1')
@UseFilters(ReadStoreUnavailableFilter)
export class ReadController {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(GAZETTEER) private readonly gazetteer: Gazetteer,
  ) {}

  @Get('theatres')
  async theatres() {
    return { theatres: await this.store.theatres() };
  }

  @Get('theatres/:id/ceasefire')
  async ceasefire(@Param('id') id: string, @Query() query: unknown) {
    const { asOf } = parseQuery(CeasefireQuery, query);
    this.knownTheatre(id);
    return this.store.ceasefire(id, asOf);
  }

  @Get('strikes')
  async strikes(@Query() query: unknown) {
    const parsed = parseQuery(StrikesQuery, query);
    if (parsed.theatre) this.knownTheatre(parsed.theatre);
    return this.store.strikes(parsed);
  }

  @Get('incidents')
  async incidents(@Query() query: unknown) {
    const parsed = parseQuery(IncidentsQuery, query);
    if (parsed.theatre) this.knownTheatre(parsed.theatre);
    return { incidents: await this.store.incidents(parsed) };
  }

  @Get('incidents/:id')
  async incident(@Param('id') id: string) {
    const incident = await this.store.incident(id);
    if (!incident) throw new NotFoundException(`no incident "${id}"`);
    return incident;
  }

  @Get('events')
  async events(@Query() query: unknown) {
    const parsed = parseQuery(EventsQuery, query);
    if (parsed.theatre) this.knownTheatre(parsed.theatre);
    return this.store.history(parsed);
  }

  private knownTheatre(id: string): void {
    if (!this.gazetteer.theatre(id)) {
      const known = this.gazetteer.theatres.map((theatre) => theatre.id).join(', ');
      throw new NotFoundException(`unknown theatre "${id}"; known theatres: ${known}`);
    }
  }
}

import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { IsoDate, PartySlug, WeaponClass } from '@app/domain';

/** Parses query parameters, answering 400 with the parameter's name and what was expected. */
export function parseQuery<T extends z.ZodType>(schema: T, query: unknown): z.infer<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    throw new BadRequestException(
      `unknown query parameter ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
    );
  }
  throw new BadRequestException(`query parameter "${name}": ${issue.message}`);
}

export const CeasefireQuery = z.strictObject({ asOf: IsoDate.optional() });

const strikeFilter = {
  theatre: z.string().min(1).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  attacker: PartySlug.optional(),
  weapon: WeaponClass.optional(),
};
/** Refuses a period that ends before it starts, naming `from`. */
const fromNotAfterTo = <T extends { from?: string; to?: string }>(schema: z.ZodType<T>) =>
  schema.refine(({ from, to }) => !from || !to || from <= to, {
    message: '"from" is after "to"',
    path: ['from'],
  });

export const StrikesQuery = fromNotAfterTo(
  z.strictObject({ ...strikeFilter, groupBy: z.enum(['day', 'week', 'month']).default('day') }),
);

export const IncidentsQuery = fromNotAfterTo(
  z.strictObject({ ...strikeFilter, limit: z.coerce.number().int().min(1).max(1000).default(100) }),
);

export const EventsQuery = z.strictObject({
  after: z
    .string()
    .regex(/^\d{1,15}$/, 'expected a cursor returned as "next"')
    .optional(),
  theatre: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

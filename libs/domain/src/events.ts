import { z } from 'zod';

/**
 * The domain events of shared/contract/EVENTS.md, as runtime-validated types.
 * Validation runs at every boundary where an event enters from outside (the log, a replay, a file).
 */

const isCalendarDate = (value: string): boolean => {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
};

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** A day, or an ISO interval `start/end` (both inclusive) where the text gives only a period. */
export const OccurredOn = z.union([
  IsoDate,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD')
    .refine((value) => value.split('/').every(isCalendarDate), 'not a calendar interval')
    .refine((value) => {
      const [start, end] = value.split('/');
      return start <= end;
    }, 'interval ends before it starts'),
]);
export type OccurredOn = z.infer<typeof OccurredOn>;

/** 64 characters at most: the read store keeps slugs and theatre ids in columns of that width. */
export const MAX_SLUG_LENGTH = 64;

export const PartySlug = z
  .string()
  .max(MAX_SLUG_LENGTH)
  .regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case party slug');
export type PartySlug = z.infer<typeof PartySlug>;

export const WEAPON_CLASSES = [
  'drone',
  'missile',
  'rocket',
  'glide_bomb',
  'artillery',
  'airstrike',
  'unspecified',
] as const;
export const WeaponClass = z.enum(WEAPON_CLASSES);
export type WeaponClass = z.infer<typeof WeaponClass>;

export const CEASEFIRE_SCOPES = [
  'full',
  'energy',
  'civilian_infrastructure',
  'maritime',
  'air',
  'humanitarian',
] as const;
export const CeasefireScope = z.enum(CEASEFIRE_SCOPES);
export type CeasefireScope = z.infer<typeof CeasefireScope>;

const Count = z.number().int().nonnegative().nullable();

/** Where in the article body an event was read: `body.slice(start, end) === sentence`. */
export const Evidence = z.object({
  sentence: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof Evidence>;

const common = {
  occurredOn: OccurredOn,
  /** Theatre id from the gazetteer; the extractor sets it from the parties it resolved. */
  theatre: z.string().min(1).max(MAX_SLUG_LENGTH),
  evidence: Evidence.optional(),
};

export const StrikeReported = z.object({
  type: z.literal('StrikeReported'),
  ...common,
  attacker: PartySlug.nullable(),
  target: PartySlug,
  weapon: WeaponClass,
  subtype: z.string().optional(),
  launched: Count,
  intercepted: Count,
  jammed: Count.optional(),
});
export type StrikeReported = z.infer<typeof StrikeReported>;

export const CEASEFIRE_EVENT_TYPES = [
  'CeasefireProposed',
  'CeasefireAccepted',
  'CeasefireRejected',
  'CeasefireDeclared',
  'CeasefireAgreed',
  'CeasefireStarted',
  'CeasefireViolationAlleged',
  'CeasefireExtended',
  'CeasefireExpired',
  'CeasefireEnded',
] as const;
export type CeasefireEventType = (typeof CEASEFIRE_EVENT_TYPES)[number];

export const TALKS_EVENT_TYPES = ['TalksOffered', 'TalksScheduled', 'TalksHeld'] as const;
export type TalksEventType = (typeof TALKS_EVENT_TYPES)[number];

const Parties = z.tuple([PartySlug, PartySlug]);

export const CeasefireEvent = z.object({
  type: z.enum(CEASEFIRE_EVENT_TYPES),
  ...common,
  parties: Parties,
  by: PartySlug.optional(),
  scope: CeasefireScope.optional(),
  durationHours: z.number().positive().optional(),
  startsOn: IsoDate.optional(),
  endsOn: IsoDate.optional(),
});
export type CeasefireEvent = z.infer<typeof CeasefireEvent>;

export const TalksEvent = z.object({
  type: z.enum(TALKS_EVENT_TYPES),
  ...common,
  parties: Parties,
  by: PartySlug.optional(),
  location: z.string().min(1).optional(),
  participants: z.array(PartySlug).optional(),
});
export type TalksEvent = z.infer<typeof TalksEvent>;

export const ConflictEvent = z.discriminatedUnion('type', [StrikeReported, CeasefireEvent, TalksEvent]);
export type ConflictEvent = z.infer<typeof ConflictEvent>;
export type ConflictEventType = ConflictEvent['type'];

export const isStrike = (event: ConflictEvent): event is StrikeReported => event.type === 'StrikeReported';
export const isTalks = (event: ConflictEvent): event is TalksEvent =>
  (TALKS_EVENT_TYPES as readonly string[]).includes(event.type);
export const isCeasefire = (event: ConflictEvent): event is CeasefireEvent =>
  (CEASEFIRE_EVENT_TYPES as readonly string[]).includes(event.type);

/** The article as ingest accepted it: the payload of ArticleReceived on the `articles` topic. */
export const ArticleReceived = z.object({
  type: z.literal('ArticleReceived'),
  articleId: z.string().min(1),
  published: IsoDate,
  title: z.string().optional(),
  url: z.string().optional(),
  text: z.string().min(1),
});
export type ArticleReceived = z.infer<typeof ArticleReceived>;

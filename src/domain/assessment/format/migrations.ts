import { ACTIVITY_KINDS, DEFAULT_TRAITS, type ActivityKind } from '../../vocabulary';

/**
 * One step of the stored shape: turns data of version n into data of version n + 1. `any`, because it
 * works on an older shape that no current type describes; validation after the last step catches mistakes.
 */
export type Migration = (data: any) => any;

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 → 2 (activities that fit the school: traits, year group, who pays, optional activities; answers
 * to confirm; owners per group of actions). Version 1 wrote a default where the school chose nothing, so
 * its values are kept as they were: school type `po` and MR `unknown` when missing, and an activity's payer
 * `contribution`. An activity gets the usual traits of its kind, so it keeps the questions it had.
 */
const v1ToV2: Migration = (data) => {
  const profile = isObject(data.profile) ? data.profile : {};
  return {
    ...data,
    profile: { ...profile, schoolType: profile.schoolType ?? 'po', mrInvolved: profile.mrInvolved ?? 'unknown' },
    activities: Array.isArray(data.activities)
      ? data.activities.map((activity: unknown) => {
          if (!isObject(activity)) return activity;
          const kind = ACTIVITY_KINDS.includes(activity.kind) ? (activity.kind as ActivityKind) : null;
          return {
            ...activity,
            traits: activity.traits ?? (kind ? [...DEFAULT_TRAITS[kind]] : []),
            fundedBy: activity.fundedBy ?? 'contribution',
          };
        })
      : data.activities,
  };
};

/**
 * Version 2 → 3 (the yearly cycle: a link to last year's assessment, a state per action, the school's words for
 * parents, merge records).
 * Nothing old changes meaning: no predecessor, every action not started, no words for parents yet, no merges.
 */
const v2ToV3: Migration = (data) => ({
  ...data,
  predecessor: data.predecessor ?? null,
  forParents: data.forParents ?? { contact: '', instalments: '', paysFor: '' },
  merges: data.merges ?? [],
  actions: isObject(data.actions)
    ? Object.fromEntries(Object.entries(data.actions).map(([key, fields]) => [key, isObject(fields) ? { state: 'not-started', stateReason: '', ...fields } : fields]))
    : data.actions,
});

/**
 * Migrations by the version they start from; decode.ts runs the steps in order. When the shape changes, add
 * the next step here, raise SCHEMA_VERSION and keep a file of the old version in tests/fixtures/assessments/
 * so it keeps decoding.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: v1ToV2, 2: v2ToV3 };

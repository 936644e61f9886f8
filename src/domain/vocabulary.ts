// The closed lists the whole domain shares, as plain constants without zod, so the browser island can
// import them without pulling in the build-time content schemas (which use full zod).

/** The site's languages; Dutch first because it is the default. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** School types as used in Dutch education: primary (po), secondary (vo), special (so). */
export const SCHOOL_TYPES = ['po', 'vo', 'so'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** The kinds of activity a school organises; each kind has its own questions. */
export const ACTIVITY_KINDS = ['one-day', 'multi-day', 'celebration', 'extra-programme', 'materials-ict', 'facilities', 'clothing-equipment'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * What makes an activity cost money or keep pupils out, as the school ticks it per activity. A question
 * about sleeping bags only fits an activity with a night away; one about entry tickets only one with an
 * entry fee. Templates tick sensible ones; the school changes them.
 */
export const ACTIVITY_TRAITS = ['overnight', 'travel', 'abroad', 'entry-fee', 'food', 'gear', 'outside-hours'] as const;
export type ActivityTrait = (typeof ACTIVITY_TRAITS)[number];

/**
 * The traits an activity of each kind starts with when the school adds its own (templates set their own in
 * the checklist). Also what a file made before traits existed gets, so its activities keep their usual questions.
 */
export const DEFAULT_TRAITS: Readonly<Record<ActivityKind, readonly ActivityTrait[]>> = {
  'one-day': ['travel'],
  'multi-day': ['overnight', 'travel', 'food', 'gear'],
  celebration: ['food'],
  'extra-programme': [],
  'materials-ict': [],
  facilities: [],
  'clothing-equipment': ['gear'],
};

/**
 * What a question can be limited to: a trait the school ticks, or `separate-charge`, which follows from
 * "Wie betaalt?" (parents are asked a separate voluntary amount for this activity) rather than being ticked.
 */
export const QUESTION_CONDITIONS = [...ACTIVITY_TRAITS, 'separate-charge'] as const;
export type QuestionCondition = (typeof QUESTION_CONDITIONS)[number];

/** Who pays for an activity; `other` is kept for files made before the list was split up. */
export const FUNDING = ['school', 'contribution', 'separate-charge', 'fund', 'parents-purchase', 'other'] as const;
export type Funding = (typeof FUNDING)[number];

/**
 * What a "nee" or "deels" means, most serious first. `exclusion`: a pupil is (or can be) excluded or
 * treated differently, which the law forbids. `cost-barrier`: a cost can keep a family from joining
 * (the agreement). `information`: parents or the MR miss information (the agreement and good practice).
 * An activity's status and the severity of its actions both come from this one value, so they agree.
 */
export const CONCERNS = ['exclusion', 'cost-barrier', 'information'] as const;
export type Concern = (typeof CONCERNS)[number];

/** Topics of the school-wide part, in the order the flow asks them. */
export const TOPICS = ['information', 'mr-consent', 'enrolment', 'privacy-stigma', 'support-referral', 'yearly-review'] as const;

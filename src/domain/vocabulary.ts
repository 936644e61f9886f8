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

/** Topics of the school-wide part, in the order the flow asks them. */
export const TOPICS = ['information', 'mr-consent', 'enrolment', 'privacy-stigma', 'support-referral', 'yearly-review'] as const;

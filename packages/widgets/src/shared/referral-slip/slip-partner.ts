import type { Partner } from '@idokit/sdk';

/**
 * What a referral slip shows of a partner, and nothing else: its name, what it helps with (the
 * description for residents), how to reach it, its hours and what to bring. Staff instructions
 * (the partner's and each referral route's) are left out here, by type, so no slip can show them.
 */
export type SlipPartner = Pick<Partner, 'name' | 'description' | 'contact'> &
  Partial<Pick<Partner, 'hours' | 'bring'>>;

/** The part of `partner` a slip may show (see {@link SlipPartner}). */
export function slipPartner(partner: Partner): SlipPartner {
  const { name, description, contact, hours, bring } = partner;
  return {
    name,
    description,
    contact: { ...contact },
    ...(hours ? { hours } : {}),
    ...(bring?.length ? { bring: [...bring] } : {}),
  };
}

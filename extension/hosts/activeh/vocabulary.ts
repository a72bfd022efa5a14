import type { HostVocabulary } from '../host-vocabulary.ts';

/**
 * Active H's categories and case-log action types in the core's terms. A category that is not
 * here is shown as not recognised, and triaged from its description alone.
 *
 * @example
 * ACTIVEH_VOCABULARY.categories['ASB - Racial Harassment']
 * //=> { behaviours: ['harassment', 'hate-incident'], perceivedHate: ['race'] }
 */
export const ACTIVEH_VOCABULARY: HostVocabulary = {
  categories: {
    'ASB - Alcohol': { behaviours: ['alcohol'] },
    'ASB - Communal Areas': { behaviours: ['communal-areas'] },
    'ASB - Criminal Damage': { behaviours: ['property-damage'] },
    'ASB - Domestic Abuse': { behaviours: ['domestic-abuse'] },
    'ASB - Drugs': { behaviours: ['drugs'] },
    'ASB - Garden/Rubbish': { behaviours: ['garden-nuisance'] },
    'ASB - Harassment': { behaviours: ['harassment'] },
    'ASB - Hate Incident': { behaviours: ['hate-incident'] },
    'ASB - Neighbour Dispute': { behaviours: ['neighbour-dispute'] },
    // Recorded as ASB, so not everyday living noise: loud music, parties, shouting.
    'ASB - Noise': { behaviours: ['noise-excessive'] },
    'ASB - Noise (Everyday Living)': { behaviours: ['noise-everyday'] },
    'ASB - Other': { behaviours: ['other'] },
    'ASB - Other Crime': { behaviours: ['criminal-behaviour'] },
    'ASB - Pets/Animals': { behaviours: ['animal-nuisance'] },
    'ASB - Prostitution': { behaviours: ['prostitution'] },
    'ASB - Racial Harassment': { behaviours: ['harassment', 'hate-incident'], perceivedHate: ['race'] },
    'ASB - Vehicles': { behaviours: ['vehicle-nuisance'] },
    'ASB - Verbal Abuse': { behaviours: ['verbal-abuse'] },
    'ASB - Violence/Threats': { behaviours: ['violence'] },
  },
  noteTypes: {
    'CONTACT - Complainant (Phone)': 'complainant-contacted',
    'CONTACT - Complainant (Visit)': 'complainant-contacted',
    'CONTACT - Complainant (Email)': 'complainant-contacted',
    'APPT - Offered': 'appointment-offered',
    'INTERVIEW - Complainant': 'interview-held',
    'INTERVIEW - Alleged Perpetrator': 'perpetrator-interviewed',
    'PLAN - Action Plan Agreed': 'action-plan-produced',
    'DIARY - Sheets Issued': 'diary-sheets-sent',
    'DIARY - Sheets Returned': 'diary-sheets-returned',
    'REVIEW - Case Review': 'case-reviewed',
    'REVIEW - Manager': 'manager-reviewed',
    'UPDATE - Complainant': 'complainant-updated',
    'LETTER - Acknowledgement': 'acknowledgement-sent',
    'LETTER - Alleged Perpetrator': 'perpetrator-letter-sent',
    'RISK - Assessment Completed': 'risk-assessment-completed',
    'CLOSE - Case Closed': 'case-closed',
  },
};

import type { HostVocabulary } from '../host-vocabulary.ts';

/**
 * Omniledger's report types and Tenant Notes types in the core's terms.
 *
 * @example
 * OMNILEDGER_VOCABULARY.noteTypes['Phone call to complainant'] //=> 'complainant-contacted'
 */
export const OMNILEDGER_VOCABULARY: HostVocabulary = {
  categories: {
    'Alcohol Related': { behaviours: ['alcohol'] },
    'Animal Nuisance': { behaviours: ['animal-nuisance'] },
    'Criminal Behaviour': { behaviours: ['criminal-behaviour'] },
    'Domestic Abuse': { behaviours: ['domestic-abuse'] },
    Drugs: { behaviours: ['drugs'] },
    'Harassment / Intimidation': { behaviours: ['harassment'] },
    'Hate Incident': { behaviours: ['hate-incident'] },
    // Everyday living noise (footsteps, children, TV): the good-neighbour route in most policies.
    'Household Noise': { behaviours: ['noise-everyday'] },
    'Misuse of Communal Areas': { behaviours: ['communal-areas'] },
    'Neighbour Dispute': { behaviours: ['neighbour-dispute'] },
    'Noise Nuisance': { behaviours: ['noise-excessive'] },
    'Other ASB': { behaviours: ['other'] },
    'Sex Work / Prostitution': { behaviours: ['prostitution'] },
    'Untidy Garden / Rubbish': { behaviours: ['garden-nuisance'] },
    'Vandalism & Graffiti': { behaviours: ['property-damage'] },
    'Vehicle Nuisance': { behaviours: ['vehicle-nuisance'] },
    'Verbal Abuse': { behaviours: ['verbal-abuse'] },
    'Violence or Threats': { behaviours: ['violence'] },
  },
  noteTypes: {
    'Phone call to complainant': 'complainant-contacted',
    'Email to complainant': 'complainant-contacted',
    'Home visit - complainant interviewed': 'interview-held',
    'Appointment offered': 'appointment-offered',
    'Interview with alleged perpetrator': 'perpetrator-interviewed',
    'Action plan agreed': 'action-plan-produced',
    'Diary sheets sent': 'diary-sheets-sent',
    'Diary sheets returned': 'diary-sheets-returned',
    'Case review': 'case-reviewed',
    'Manager review': 'manager-reviewed',
    'Progress update to complainant': 'complainant-updated',
    'Acknowledgement letter sent': 'acknowledgement-sent',
    'Risk assessment completed': 'risk-assessment-completed',
    'Case closed': 'case-closed',
  },
};

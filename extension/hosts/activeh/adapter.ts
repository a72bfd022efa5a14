import { ACTIVEH } from './selectors.ts';
import type { HostAdapter } from '../host-adapter.ts';
import { newCaseUrlIn } from '../new-case-url.ts';
import { pageLink } from '../page-link.ts';
import { detectActiveH } from './detect.ts';
import { activeHNewCaseForm, activeHNotesField, activeHPageKind, readActiveHCase, readActiveHCaseList } from './extract.ts';
import { ACTIVEH_VOCABULARY } from './vocabulary.ts';

/**
 * The Active H adapter: detection, extraction and vocabulary of Active H's pages.
 *
 * @example
 * activeHAdapter.detect(new URL(location.href), document) //=> true on an Active H page
 */
export const activeHAdapter: HostAdapter = {
  system: 'activeh',
  name: 'Active H',
  vocabulary: ACTIVEH_VOCABULARY,
  detect: detectActiveH,
  pageKind: (_url, doc) => activeHPageKind(doc),
  readCase: readActiveHCase,
  readCaseList: (doc) => readActiveHCaseList(doc),
  nextListPage: (doc, url) => pageLink(doc, ACTIVEH.caseList.nextPage, url),
  newCaseForm: activeHNewCaseForm,
  newCaseUrl: (seen) => newCaseUrlIn(seen, ACTIVEH.newCase.folder, ACTIVEH.newCase.file),
  notesField: activeHNotesField,
  noteTypeField: (doc) => doc.querySelector<HTMLSelectElement>(ACTIVEH.caseView.noteTypeField),
};

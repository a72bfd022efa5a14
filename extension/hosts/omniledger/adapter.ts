import { OMNILEDGER } from './selectors.ts';
import type { HostAdapter } from '../host-adapter.ts';
import { newCaseUrlIn } from '../new-case-url.ts';
import { pageLink } from '../page-link.ts';
import { detectOmniledger } from './detect.ts';
import { omniledgerNewCaseForm, omniledgerNotesField, omniledgerPageKind, readOmniledgerCase, readOmniledgerCaseList } from './extract.ts';
import { OMNILEDGER_VOCABULARY } from './vocabulary.ts';

/**
 * The Omniledger adapter: detection, extraction and vocabulary of Omniledger's pages.
 *
 * @example
 * omniledgerAdapter.pageKind(new URL(location.href), document) //=> 'case-view' on a report
 */
export const omniledgerAdapter: HostAdapter = {
  system: 'omniledger',
  name: 'Omniledger',
  vocabulary: OMNILEDGER_VOCABULARY,
  detect: detectOmniledger,
  pageKind: (_url, doc) => omniledgerPageKind(doc),
  readCase: readOmniledgerCase,
  readCaseList: (doc) => readOmniledgerCaseList(doc),
  nextListPage: (doc, url) => pageLink(doc, OMNILEDGER.caseList.nextPage, url),
  newCaseForm: omniledgerNewCaseForm,
  newCaseUrl: (seen) => newCaseUrlIn(seen, OMNILEDGER.newCase.folder, OMNILEDGER.newCase.file),
  notesField: omniledgerNotesField,
  noteTypeField: (doc) => doc.querySelector<HTMLSelectElement>(OMNILEDGER.caseView.noteTypeField),
};

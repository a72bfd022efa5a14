/**
 * Everything the extension knows of Active H's pages, and nowhere else: ids, table layouts, the
 * words it prints. When Active H changes a page, this is the file to change.
 *
 * @example
 * document.querySelector(ACTIVEH.caseView.reference)?.textContent //=> 'ASB/2026/00412'
 */
export const ACTIVEH = {
  /** Active H names itself in every page's head. */
  marker: 'meta[name="application-name"][content="Active H" i], meta[name="generator"][content^="Active H" i]',
  caseView: {
    /** Present only on a case view. */
    page: '#ctl00_tblCaseHeader',
    reference: '#ctl00_lblCaseRef',
    receivedAt: '#ctl00_lblDateReceived',
    category: '#ctl00_lblCategory',
    status: '#ctl00_lblStatus',
    /** Shown on a closed case only: "Date Closed: 21/12/2026". */
    closedAt: '#ctl00_lblDateClosed',
    officer: '#ctl00_lblOfficer',
    address: '#ctl00_lblProperty',
    description: '#ctl00_divDescription',
    partyRows: '#ctl00_grdParties tbody tr',
    logRows: '#ctl00_grdCaseLog tbody tr',
    notesField: '#ctl00_txtNewLogEntry',
    /** The new log entry's Action Type. */
    noteTypeField: '#ctl00_ddlActionType',
  },
  /** Cells of a parties row, in order. */
  partyColumns: { role: 0, name: 1 },
  /** Cells of a case-log row, in order. */
  logColumns: { at: 0, kind: 1, officer: 2, text: 3 },
  caseList: {
    page: '#ctl00_grdCases',
    rows: '#ctl00_grdCases tbody tr',
    reference: 'td.ah-col-ref a',
    /** The badge goes at the end of the reference cell. */
    badgeSlot: 'td.ah-col-ref',
    /**
     * A long list is paged: the grid's last row is a pager (a table of page numbers inside one
     * cell), whose "next" link is the `>` with the title "Next page" (`case-list.html?page=2`).
     */
    nextPage: '#ctl00_grdCases tr.ah-grid__pager a[title="Next page"]',
  },
  /** Cells of a case-list row, in order. */
  listColumns: { reference: 0, receivedAt: 1, category: 2, complainant: 3, officer: 4, status: 5 },
  newCase: {
    page: '#ctl00_tblNewCase',
    form: '#aspnetForm',
    category: '#ctl00_ddlCategory',
    description: '#ctl00_txtDescription',
    receivedAt: '#ctl00_txtDateReceived',
    complainant: '#ctl00_txtComplainant',
    /** The form's page, from the ASB module's folder. */
    file: 'new-case.html',
    folder: '/asb/',
  },
  /** What Active H's Status shows for a case that is over ("Closed", "Closed - NFA", "Withdrawn"). */
  closedWords: ['Closed', 'Withdrawn'],
  /** How Active H names the parties' roles. */
  roles: {
    Complainant: 'complainant',
    'Alleged Perpetrator': 'reported',
    Witness: 'witness',
  },
} as const;

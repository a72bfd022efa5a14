/**
 * Everything the extension knows of Omniledger's pages, and nowhere else: the app's root marker,
 * card and definition-list layout, the labels it prints. When Omniledger changes a page, this is
 * the file to change.
 *
 * @example
 * document.querySelector(OMNILEDGER.caseView.reference)?.textContent //=> 'OL-104233'
 */
export const OMNILEDGER = {
  /** The single-page app's root names the product. */
  marker: '[data-ol-app="omniledger" i]',
  /** The swapped view; its data-ol-view says which page it is. */
  view: '#ol-view',
  views: { caseView: 'report', caseList: 'asb-log', newCase: 'new-report' },
  caseView: {
    reference: '.ol-summary .ol-ref',
    /** Facts are `<div class="ol-fact"><dt>Label</dt><dd>…</dd></div>` pairs, found by label. */
    facts: '.ol-summary .ol-fact',
    factLabel: 'dt',
    factValue: 'dd',
    date: '.ol-date',
    time: '.ol-time',
    description: '.ol-what-happened',
    people: '.ol-people .ol-person',
    personName: '.ol-person__name',
    personRole: '.ol-person__role',
    notes: '.ol-tenant-notes .ol-timeline .ol-note',
    noteDate: '.ol-note__date',
    noteTime: '.ol-note__time',
    noteType: '.ol-note__type',
    noteBody: '.ol-note__body',
    notesField: '#ol-note-text',
    /** The new note's Note type. */
    noteTypeField: '#ol-note-type',
  },
  /** The labels of the summary facts. */
  labels: { receivedAt: 'Reported', category: 'Type', status: 'Status', officer: 'Assigned to', address: 'Location' },
  caseList: {
    rows: '.ol-report-list > li.ol-report-card',
    reference: '.ol-report-card__ref',
    receivedAt: '.ol-report-card__date',
    category: '.ol-report-card__type',
    status: '.ol-status',
    /** The badge goes after the reference, inside this inline box. */
    badgeSlot: '.ol-report-card__id',
    /** A long log is paged below the cards: "Older reports" is the link to the next page (rel="next"). */
    nextPage: '.ol-pagination a[rel~="next"]',
  },
  newCase: {
    form: '#ol-new-report',
    category: '#ol-report-type',
    description: '#ol-what-happened',
    date: '#ol-reported-date',
    time: '#ol-reported-time',
    complainant: '#ol-complainant',
    /** The form's page, from the ASB log's folder. */
    file: 'new.html',
    folder: '/asb-log/',
  },
  /** What Omniledger's status pill shows for a report that is over ("Closed", "Resolved"). */
  closedWords: ['Closed', 'Resolved', 'Withdrawn'],
  /** How Omniledger names the parties' roles. */
  roles: {
    Complainant: 'complainant',
    'Reported person': 'reported',
    Witness: 'witness',
  },
} as const;

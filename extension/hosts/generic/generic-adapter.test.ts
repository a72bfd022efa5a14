import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createGenericAdapter } from './generic-adapter.ts';
import { parseGenericHostConfig } from './generic-config.ts';

const PAGE = `<!doctype html><html><body>
<h1>Case <span id="ref">HX-2231</span></h1>
<p>Received <b id="recd">03/02/2027</b> at <b id="recd-time">2:15pm</b></p>
<p>Type: <span id="cat">Nuisance - Noise</span></p>
<div id="desc"><p>Shouting at night.</p><p>He threatened to stab my son.</p></div>
<ul id="people">
  <li><span class="n">Ada Lovel</span> <span class="r">Reporter</span></li>
  <li><span class="n">Bob Byrne</span> <span class="r">Subject</span></li>
</ul>
<table id="log"><tr><td class="d">04/02/2027 09:00</td><td class="k">Call out</td><td class="t">Rang Ada</td></tr></table>
<textarea id="note"></textarea>
</body></html>`;

const CONFIG = {
  name: 'Housing Cloud',
  match: 'https://housing.example.org/*',
  caseView: {
    reference: '#ref',
    receivedAt: '#recd',
    receivedTime: '#recd-time',
    category: '#cat',
    description: '#desc',
    parties: { item: '#people li', name: '.n', role: '.r' },
    log: { item: '#log tr', at: '.d', kind: '.k', text: '.t' },
    notesField: '#note',
  },
  categories: { 'Nuisance - Noise': { behaviours: ['noise-excessive'] } },
  noteTypes: { 'Call out': 'complainant-contacted' },
};

const doc = (html = PAGE) => parseHTML(html).document as unknown as Document;
const url = new URL('https://housing.example.org/cases/HX-2231');

describe('createGenericAdapter', () => {
  const adapter = createGenericAdapter(parseGenericHostConfig(CONFIG));

  it('recognises the pages its pattern matches, and no others', () => {
    expect(adapter.detect(url, doc())).toBe(true);
    expect(adapter.detect(new URL('https://elsewhere.example.org/cases/1'), doc())).toBe(false);
  });

  it('reads a case view by its selectors', () => {
    expect(adapter.pageKind(url, doc())).toBe('case-view');
    expect(adapter.readCase(doc(), url)).toEqual({
      system: 'generic',
      reference: 'HX-2231',
      receivedAt: '2027-02-03T14:15',
      recordedCategory: 'Nuisance - Noise',
      description: 'Shouting at night.\n\nHe threatened to stab my son.',
      parties: [
        { role: 'complainant', name: 'Ada Lovel' },
        { role: 'reported', name: 'Bob Byrne' },
      ],
      logEntries: [{ at: '2027-02-04T09:00', kind: 'Call out', text: 'Rang Ada', event: 'complainant-contacted' }],
      url: url.href,
    });
  });

  it('says which field and selector matched nothing', () => {
    const page = doc();
    page.querySelector('#recd')!.remove();
    expect(() => adapter.readCase(page, url)).toThrow('caseView.receivedAt: selector "#recd" matched nothing');
  });

  it('says so when the parties selector matches nothing', () => {
    const page = doc();
    page.querySelector('#people')!.remove();
    expect(() => adapter.readCase(page, url)).toThrow('caseView.parties.item: selector "#people li" matched nothing');
  });

  it('uses the landlord\'s category table', () => {
    expect(adapter.vocabulary.categories['Nuisance - Noise']).toEqual({ behaviours: ['noise-excessive'] });
  });

  it('finds the notes field it was given', () => {
    expect(adapter.notesField(doc())?.id).toBe('note');
  });

  it('reads list rows within each row', () => {
    const list = createGenericAdapter(
      parseGenericHostConfig({
        name: 'Housing Cloud',
        match: 'https://housing.example.org/*',
        caseList: { row: 'tbody tr', reference: '.ref', receivedAt: '.date', category: '.cat' },
      }),
    );
    const page = doc('<table><tbody><tr><td class="ref">HX-1</td><td class="date">1 Feb 2027</td><td class="cat">Noise</td></tr><tr><td>no reference</td></tr></tbody></table>');
    expect(list.pageKind(url, page)).toBe('case-list');
    expect(list.readCaseList(page, url).map((e) => e.row)).toEqual([
      { system: 'generic', reference: 'HX-1', receivedAt: '2027-02-01', recordedCategory: 'Noise' },
    ]);
  });
});

describe('parseGenericHostConfig', () => {
  it('names a missing selector', () => {
    const { receivedAt: _omit, ...caseView } = CONFIG.caseView;
    expect(() => parseGenericHostConfig({ ...CONFIG, caseView })).toThrow('caseView.receivedAt:');
  });

  it('refuses an empty selector as missing', () => {
    expect(() => parseGenericHostConfig({ ...CONFIG, caseView: { ...CONFIG.caseView, category: '  ' } })).toThrow('caseView.category: is required');
  });

  it('refuses a URL that is not a match pattern', () => {
    expect(() => parseGenericHostConfig({ ...CONFIG, match: 'housing.example.org' }, 'hosts[2].generic')).toThrow(
      'hosts[2].generic.match: must be a match pattern like https://hms.example.org/asb/* (http or https)',
    );
  });

  it('refuses an unknown behaviour in the category table', () => {
    expect(() => parseGenericHostConfig({ ...CONFIG, categories: { Noise: { behaviours: ['karaoke'] } } })).toThrow(
      'categories.Noise.behaviours[0]: unknown behaviour "karaoke"',
    );
  });
});

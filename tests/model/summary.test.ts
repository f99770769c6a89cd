import {
  createDefaultMatrix4x4,
  formatResultSummary,
  joinSwedishList,
  PlanData,
  Resultat,
  resultSummarySentence,
  summariseResults,
  swedishNumberWord
} from '../../src/model';

describe('Swedish number words', () => {
  it('writes 0–20 as words, with en/ett by gender', () => {
    const words = Array.from({ length: 21 }, (_, n) => swedishNumberWord(n));
    expect(words).toEqual(['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton', 'tjugo']);
    expect(swedishNumberWord(1, 'utrum')).toBe('en');
    expect(swedishNumberWord(1, 'neutrum')).toBe('ett');
  });

  it('composes larger numbers and falls back to digits above 999', () => {
    expect(swedishNumberWord(21)).toBe('tjugoett');
    expect(swedishNumberWord(47)).toBe('fyrtiosju');
    expect(swedishNumberWord(100)).toBe('etthundra');
    expect(swedishNumberWord(312)).toBe('trehundratolv');
    expect(swedishNumberWord(1000)).toBe('1000');
    expect(swedishNumberWord(2.5)).toBe('2.5');
  });
});

describe('joinSwedishList', () => {
  it('joins with commas and "och", without a serial comma', () => {
    expect(joinSwedishList([])).toBe('');
    expect(joinSwedishList(['a'])).toBe('a');
    expect(joinSwedishList(['a', 'b'])).toBe('a och b');
    expect(joinSwedishList(['a', 'b', 'c'])).toBe('a, b och c');
    expect(joinSwedishList(['a', 'b'], 'eller')).toBe('a eller b');
  });
});

/** A plan with one kontrollmoment per given result (undefined = not reviewed) in period DELAR. */
function planWithResults(results: Array<Resultat | undefined>): PlanData {
  const data: PlanData = {
    plan: { key: 'p', namnd: 'N', ar: 2024, status: 'Beslutad', riskMatrix: createDefaultMatrix4x4(), perioder: [], omraden: [] },
    risker: [{ key: 'r', nr: 1, titel: 'R', obligatorisk: false }],
    kontrollmoment: [],
    atgarder: [],
    uppfoljningar: [],
    avvikelser: []
  };
  // Listed in reverse to show the sentence orders by nr, not by list position.
  results
    .map((resultat, i) => ({ resultat, nr: i + 1 }))
    .reverse()
    .forEach(({ resultat, nr }) => {
      data.kontrollmoment.push({ key: `k${nr}`, riskKey: 'r', nr, beskrivning: `K${nr}`, kortnamn: `moment ${nr}`, obligatorisk: false });
      if (resultat) {
        data.uppfoljningar.push({ key: `f${nr}`, targetType: 'kontrollmoment', targetKey: `k${nr}`, periodKey: 'DELAR', resultat, status: 'Genomförd' });
      }
    });
  return data;
}

describe('result summary', () => {
  it('counts results per period', () => {
    const data = planWithResults(['Utan anmärkning', 'Med mindre anmärkning', 'Med anmärkning', undefined, 'Utan anmärkning']);
    const summary = summariseResults(data, 'DELAR');
    expect(summary.total).toBe(5);
    expect(summary.perResultat).toEqual({ 'Utan anmärkning': 2, 'Med mindre anmärkning': 1, 'Med anmärkning': 1 });
    expect(summary.ejGranskade).toBe(1);
    expect(summary.perStatus.Genomförd).toBe(4);
    expect(summariseResults(data, 'T1').ejGranskade).toBe(5);
  });

  it('writes seed 002 style sentences for seven of nine', () => {
    const results: Resultat[] = ['Utan anmärkning', 'Utan anmärkning', 'Med mindre anmärkning', 'Utan anmärkning', 'Utan anmärkning', 'Utan anmärkning', 'Utan anmärkning', 'Utan anmärkning', 'Med mindre anmärkning'];
    expect(resultSummarySentence(planWithResults(results), 'DELAR')).toBe(
      'För sju av nio kontrollmoment är granskningen gjord utan anmärkning. I två fall är granskningen gjord med mindre anmärkning. Det gäller kontrollmoment 3 (moment 3) och kontrollmoment 9 (moment 9).'
    );
  });

  it('uses "ett" for one kontrollmoment and one fall', () => {
    expect(resultSummarySentence(planWithResults(['Utan anmärkning', 'Med anmärkning', 'Med anmärkning']), 'DELAR')).toBe(
      'För ett av tre kontrollmoment är granskningen gjord utan anmärkning. I två fall är granskningen gjord med anmärkning. Det gäller kontrollmoment 2 (moment 2) och kontrollmoment 3 (moment 3).'
    );
    expect(resultSummarySentence(planWithResults(['Med mindre anmärkning', 'Utan anmärkning', 'Utan anmärkning']), 'DELAR')).toBe(
      'För två av tre kontrollmoment är granskningen gjord utan anmärkning. I ett fall är granskningen gjord med mindre anmärkning. Det gäller kontrollmoment 1 (moment 1).'
    );
  });

  it('says samtliga when all are without remark, and reports those not yet reviewed', () => {
    expect(resultSummarySentence(planWithResults(['Utan anmärkning', 'Utan anmärkning']), 'DELAR')).toBe('För samtliga två kontrollmoment är granskningen gjord utan anmärkning.');
    expect(resultSummarySentence(planWithResults(['Utan anmärkning', undefined, undefined]), 'DELAR')).toBe(
      'För ett av tre kontrollmoment är granskningen gjord utan anmärkning. För två av tre kontrollmoment är granskningen ännu inte gjord.'
    );
    expect(resultSummarySentence(planWithResults([undefined, undefined]), 'DELAR')).toBe('Granskningen av planens två kontrollmoment är ännu inte gjord.');
    expect(resultSummarySentence(planWithResults([]), 'DELAR')).toBe('');
  });

  it('names a kontrollmoment by number alone when it has no short name', () => {
    const data = planWithResults(['Med anmärkning']);
    data.kontrollmoment[0].kortnamn = undefined;
    expect(formatResultSummary(summariseResults(data, 'DELAR'))).toBe('I ett fall är granskningen gjord med anmärkning. Det gäller kontrollmoment 1.');
  });
});

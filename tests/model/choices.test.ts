import { FOLLOW_UP_STATUSES, parseFollowUpStatus, parseResultat, resultatRequiresAvvikelse } from '../../src/model';

describe('follow-up status parsing', () => {
  it.each([
    ['Pågående', 'Pågående'],
    ['Pågående.', 'Pågående'],
    ['Påbörjad', 'Pågående'],
    ['▶ Pågående', 'Pågående'],
    ['✔ Genomförd', 'Genomförd'],
    ['Genomfört.', 'Genomförd'],
    ['genomförd', 'Genomförd'],
    ['Ej aktuellt.', 'Ej aktuellt'],
    ['Ej påbörjad', 'Ej påbörjad'],
    ['Pågående, införande av nya verksamhetssystem påbörjat under T1 2022.', 'Pågående']
  ])('reads %s as %s', (text, status) => {
    expect(parseFollowUpStatus(text)).toBe(status);
  });

  it('returns undefined for text that does not start with a status', () => {
    expect(parseFollowUpStatus('Vid behov.')).toBeUndefined();
    expect(parseFollowUpStatus('Förstudie genomförd, pilotprojekt påbörjas T2.')).toBeUndefined();
    expect(parseFollowUpStatus('')).toBeUndefined();
    expect(parseFollowUpStatus(undefined)).toBeUndefined();
  });

  it('offers exactly the four statuses, each with an English label', () => {
    expect(FOLLOW_UP_STATUSES.map((s) => s.value)).toEqual(['Ej påbörjad', 'Pågående', 'Genomförd', 'Ej aktuellt']);
    expect(FOLLOW_UP_STATUSES.every((s) => s.labelEn !== '')).toBe(true);
  });
});

describe('resultat parsing', () => {
  it('reads the seed 002 sentences, the most specific phrase first', () => {
    expect(parseResultat('Granskningen är genomförd utan anmärkning.')).toBe('Utan anmärkning');
    expect(parseResultat('Granskningen är genomförd med mindre anmärkning, på grund av försenad utvärdering')).toBe('Med mindre anmärkning');
    expect(parseResultat('Med anmärkning')).toBe('Med anmärkning');
    expect(parseResultat('Pågående')).toBeUndefined();
  });

  it('requires an avvikelse for every result but utan anmärkning', () => {
    expect(resultatRequiresAvvikelse('Utan anmärkning')).toBe(false);
    expect(resultatRequiresAvvikelse('Med mindre anmärkning')).toBe(true);
    expect(resultatRequiresAvvikelse('Med anmärkning')).toBe(true);
    expect(resultatRequiresAvvikelse(undefined)).toBe(false);
  });
});

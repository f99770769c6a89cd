import {
  createDefaultMatrix4x4,
  createDefaultMatrix5x5,
  formatLevelMove,
  matrixChangeImpact,
  RatedRisk,
  resizeMatrix,
  setCellLevel,
  shortTitle,
  updateLevel
} from '../../src/model';

const risk = (nr: number, titel: string, sannolikhet: number, konsekvens: number, periodLabel?: string): RatedRisk => ({
  planLabel: 'Socialnämnden 2024',
  riskKey: `r${nr}`,
  nr,
  titel,
  rating: { sannolikhet, konsekvens },
  periodLabel
});

describe('matrix change impact', () => {
  it('lists the ratings that move level, as the issue words them', () => {
    // 5 × 5: 3 × 3 = 9 is Medium (6–10). Making that cell Hög moves risk 3; 2 × 2 = 4 stays Låg.
    const before = createDefaultMatrix5x5();
    const after = setCellLevel(before, 3, 3, 'hog');
    const moves = matrixChangeImpact(before, after, [risk(3, 'Bristande administrativt stöd', 3, 3), risk(4, 'Felaktiga utbetalningar', 2, 2)]);
    expect(moves.map((m) => formatLevelMove(m))).toEqual(['Risk 3 Bristande administrativt stöd: Medium (9) → Hög (9)']);
    expect(moves[0].before.levelKey).toBe('medium');
    expect(moves[0].after).toEqual({ levelKey: 'hog', text: 'Hög (9)', outside: false });
  });

  it('names the period of a re-rating and shortens long titles', () => {
    const before = createDefaultMatrix5x5();
    const after = setCellLevel(before, 4, 3, 'mycket-hog');
    const moves = matrixChangeImpact(before, after, [risk(2, 'Bristande förutsättningar för digital mognad', 4, 3, 'Tertial 2')]);
    // 4 × 3 = 12 is Hög (12–16) before.
    expect(formatLevelMove(moves[0])).toBe('Risk 2 Bristande förutsättningar för digital … (Tertial 2): Hög (12) → Mycket hög (12)');
  });

  it('reports ratings that no longer fit a smaller matrix', () => {
    const before = createDefaultMatrix5x5();
    const after = resizeMatrix(before, 4, 4);
    const moves = matrixChangeImpact(before, after, [risk(1, 'Omoderna verksamhetssystem', 5, 2), risk(5, 'Jäv', 4, 4)]);
    expect(moves).toHaveLength(1);
    expect(moves[0].after.outside).toBe(true);
    expect(formatLevelMove(moves[0])).toBe('Risk 1 Omoderna verksamhetssystem: Medium (10) → utanför den ändrade matrisen (sannolikhet 5, konsekvens 2)');
    expect(formatLevelMove(moves[0], 'en')).toBe('Risk 1 Omoderna verksamhetssystem: Medium (10) → outside the changed matrix (likelihood 5, consequence 2)');
  });

  it('does not count a renamed level as a move', () => {
    const before = createDefaultMatrix4x4();
    const after = updateLevel(before, 'hog', { label: 'Betydande' });
    expect(matrixChangeImpact(before, after, [risk(1, 'A', 3, 3)])).toEqual([]);
  });

  it('shortens at a word boundary', () => {
    expect(shortTitle('Kort titel')).toBe('Kort titel');
    expect(shortTitle('<p>Risk  för   felaktiga</p>')).toBe('Risk för felaktiga');
    expect(shortTitle('Bristande förutsättningar för digital mognad')).toBe('Bristande förutsättningar för digital …');
  });
});

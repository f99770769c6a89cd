/**
 * The report source over `src/reports`: the built-in shapes (and, when given, the
 * organisation's own), `buildReport` and `renderReportDocx` in the `fragment` layout — the report
 * body without the bilaga's title block — which is what goes into the tjänsteskrivelse.
 */
import type { PlanView } from '../../data/InternkontrollService';
import { BUILT_IN_SHAPES, buildReport, renderReportDocx, type ReportShape } from '../../reports';
import type { RenderedReport, ReportShapeChoice, ReportSource } from './ReportSource';

/** Options of the source. */
export interface ReportsSourceOptions {
  /** The organisation's own shapes (from its shape list), listed after the built-in ones. */
  ownShapes?: () => Promise<ReportShape[]>;
  /** Today as "YYYY-MM-DD" (the report date); the real date by default. */
  today?: () => string;
}

/** A report source over the reports feature. */
export function createReportsSource(options: ReportsSourceOptions = {}): ReportSource {
  const own = async (): Promise<ReportShape[]> => (options.ownShapes ? options.ownShapes() : []);
  const find = async (id: string): Promise<ReportShape> => {
    const shape = BUILT_IN_SHAPES.filter((s) => s.id === id)[0] ?? (await own()).filter((s) => s.id === id)[0];
    if (!shape) {
      throw new Error(`Rapportmallen "${id}" finns inte längre. / The report shape "${id}" no longer exists.`);
    }
    return shape;
  };
  return {
    async listShapes(): Promise<ReportShapeChoice[]> {
      return [
        ...BUILT_IN_SHAPES.map((shape) => ({ id: shape.id, title: shape.namn, builtIn: true })),
        ...(await own()).map((shape) => ({ id: shape.id, title: shape.namn, builtIn: false }))
      ];
    },
    async render(view: PlanView, periodKey: string, shapeId: string, renderOptions: { includeSummary: boolean }): Promise<RenderedReport> {
      const report = buildReport(view, periodKey, await find(shapeId), { datum: options.today ? options.today() : undefined });
      const docx = await renderReportDocx(report, { layout: 'fragment', includeSummary: renderOptions.includeSummary });
      // The fingerprint covers everything the report shows except its date.
      return { docx, model: { fingerprint: report.fingerprint } };
    }
  };
}

/**
 * The report source over `src/reports`: the built-in shapes and the organisation's own (from its
 * shape list, through the service), `buildReport` and `renderReportDocx` in the `fragment`
 * layout — the report body without the bilaga's title block — which is what goes into the
 * tjänsteskrivelse.
 */
import type { IInternkontrollService, PlanView } from '../../data/InternkontrollService';
import { allReportShapes, buildReport, renderReportDocx, type ReportShape } from '../../reports';
import { reportContentHash } from '../../approvals/reportApproval';
import type { RenderedReport, RenderOptions, ReportShapeChoice, ReportSource } from './ReportSource';

/** Options of the source. */
export interface ReportsSourceOptions {
  /** The organisation's own shapes (from its shape list), listed after the built-in ones. */
  ownShapes?: () => Promise<ReportShape[]>;
  /** Today as "YYYY-MM-DD" (the report date); the real date by default. */
  today?: () => string;
}

/**
 * The organisation's own shapes as the service lists them, those that validate, by name. A
 * site whose shape list does not exist yet (set up before it came) has none.
 */
export function ownShapesOf(service: IInternkontrollService): () => Promise<ReportShape[]> {
  return async () => {
    try {
      return allReportShapes(await service.listReportShapes())
        .filter((entry) => !entry.builtIn)
        .map((entry) => entry.shape);
    } catch (error) {
      if ((error as { kind?: unknown } | undefined)?.kind === 'not-found') {
        return [];
      }
      throw error;
    }
  };
}

/** A report source over the reports feature. */
export function createReportsSource(options: ReportsSourceOptions = {}): ReportSource {
  const own = async (): Promise<ReportShape[]> => (options.ownShapes ? options.ownShapes() : []);
  const find = async (id: string): Promise<ReportShape> => {
    const entries = allReportShapes([]);
    const shape = entries.filter((entry) => entry.shape.id === id)[0]?.shape ?? (await own()).filter((s) => s.id === id)[0];
    if (!shape) {
      throw new Error(`Rapportmallen "${id}" finns inte längre. / The report shape "${id}" no longer exists.`);
    }
    return shape;
  };
  const datum = (): string | undefined => (options.today ? options.today() : undefined);
  return {
    async listShapes(): Promise<ReportShapeChoice[]> {
      return [
        ...allReportShapes([]).map((entry) => ({ id: entry.shape.id, title: entry.shape.namn, builtIn: true })),
        ...(await own()).map((shape) => ({ id: shape.id, title: shape.namn, builtIn: false }))
      ];
    },
    async render(view: PlanView, periodKey: string, shapeId: string, renderOptions: RenderOptions): Promise<RenderedReport> {
      const report = buildReport(view, periodKey, await find(shapeId), { datum: datum() });
      const docx = await renderReportDocx(report, {
        layout: 'fragment',
        includeSummary: renderOptions.includeSummary,
        textWidthTwips: renderOptions.textWidthTwips,
        approvalLine: renderOptions.approvalLine
      });
      // The fingerprint covers everything the report shows except its date.
      return { docx, model: { fingerprint: report.fingerprint, textWidthTwips: renderOptions.textWidthTwips } };
    },
    async approvalHash(view: PlanView, periodKey: string, shapeId: string): Promise<string> {
      // The same content and canonical form the approval service hashes (src/approvals).
      const report = buildReport(view, periodKey, await find(shapeId), { datum: datum() });
      return reportContentHash(report);
    },
    async summary(view: PlanView, periodKey: string, shapeId: string): Promise<{ text: string; model: unknown }> {
      const report = buildReport(view, periodKey, await find(shapeId), { datum: datum() });
      const { kind, text, total, perResultat, perStatus, ejGranskade } = report.summary;
      return { text, model: { kind, text, total, perResultat, perStatus, ejGranskade } };
    }
  };
}

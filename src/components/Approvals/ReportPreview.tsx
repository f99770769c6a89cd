/**
 * The report as an HTML table: exactly what goes to the nämnd (the same `ReportModel` the .docx
 * is rendered from), with the summary sentence. Header rows are column headers; colours are
 * left out so text keeps its contrast.
 */
import * as React from 'react';
import type { ReportModel, ReportParagraph, ReportRow } from '../../reports/model/types';
import { paragraphText } from '../../approvals/content';

function Paragraphs(props: { paragraphs: readonly ReportParagraph[] }): React.ReactElement {
  return (
    <>
      {props.paragraphs.map((p, index) => (
        <div key={index}>
          {p.runs.length === 0 && p.list === undefined
            ? '\u00a0'
            : p.list !== undefined
              ? paragraphText(p).replace('\t', ' ')
              : p.runs.map((run, r) =>
                  run.bold ? <strong key={r}>{run.text}</strong> : run.italic ? <em key={r}>{run.text}</em> : <React.Fragment key={r}>{run.text}</React.Fragment>
                )}
        </div>
      ))}
    </>
  );
}

function Row(props: { row: ReportRow; header: boolean }): React.ReactElement {
  return (
    <tr>
      {props.row.cells.map((cell, index) => {
        const span = { colSpan: cell.colSpan > 1 ? cell.colSpan : undefined, rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined };
        return props.header || props.row.kind === 'group' ? (
          <th key={index} scope={props.header ? 'col' : 'colgroup'} {...span} style={cellStyle}>
            <Paragraphs paragraphs={cell.paragraphs} />
          </th>
        ) : (
          <td key={index} {...span} style={cellStyle}>
            <Paragraphs paragraphs={cell.paragraphs} />
          </td>
        );
      })}
    </tr>
  );
}

const cellStyle: React.CSSProperties = { border: '1px solid #605e5c', padding: '4px 6px', verticalAlign: 'top', textAlign: 'left', color: '#201f1e', background: '#ffffff' };

/** Props of `ReportPreview`. */
export interface IReportPreviewProps {
  /** The report to show. */
  report: ReportModel;
}

/** The report's summary sentence and tables. */
export function ReportPreview(props: IReportPreviewProps): React.ReactElement {
  const { report } = props;
  return (
    <div>
      <h4 style={{ margin: '8px 0' }}>{report.title}</h4>
      {report.summary.text !== '' && <p>{report.summary.text}</p>}
      {report.tables.map((table, t) => (
        // A wide table scrolls; the region takes focus so it scrolls from the keyboard too.
        <div key={t} style={{ overflowX: 'auto', marginBottom: 12 }} tabIndex={0} role="region" aria-label={table.heading || report.title}>
          {table.intro.length > 0 && <Paragraphs paragraphs={table.intro} />}
          {table.parts.length === 0 ? (
            table.emptyText !== undefined && <p>{table.emptyText}</p>
          ) : (
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{table.heading || report.title}</caption>
              <thead>
                {table.headerRows.map((row, r) => (
                  <Row key={r} row={row} header={true} />
                ))}
              </thead>
              {table.parts.map((part, p) =>
                part.kind === 'rows' ? (
                  <tbody key={p}>
                    {part.rows.map((row, r) => (
                      <Row key={r} row={row} header={false} />
                    ))}
                  </tbody>
                ) : (
                  <tbody key={p}>
                    <tr>
                      <td colSpan={table.columns.length} style={cellStyle}>
                        <Paragraphs paragraphs={part.paragraphs} />
                      </td>
                    </tr>
                  </tbody>
                )
              )}
            </table>
          )}
        </div>
      ))}
    </div>
  );
}

/**
 * The report model as HTML: the same tables, rows, spans, shading and rich text the .docx is
 * rendered from, nothing re-derived. Header rows repeat at the top of every part, as in Word.
 */
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

import type { ReportCell, ReportModel, ReportParagraph, ReportRow, ReportTable } from '../../reports/model/types';

const classes = mergeStyleSets({
  heading: { fontSize: 15, fontWeight: 600, margin: '16px 0 6px' },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', margin: '0 0 8px' },
  cell: { border: '1px solid #605e5c', padding: '3px 5px', verticalAlign: 'top', textAlign: 'left', overflowWrap: 'anywhere' },
  header: { background: '#D9E2F3', fontWeight: 600 },
  group: { background: '#F2F2F2', fontWeight: 600 },
  paragraph: { margin: '0 0 2px' },
  summary: { margin: '8px 0', padding: '8px 10px', background: '#f3f2f1', borderRadius: 4 }
});

/** One paragraph of runs; "\n" in a run is a line break. */
function Paragraph(props: { paragraph: ReportParagraph }): React.ReactElement {
  const { paragraph } = props;
  const marker = paragraph.list ? (paragraph.list.kind === 'number' ? `${paragraph.list.number}. ` : '• ') : '';
  return (
    <p className={classes.paragraph} style={paragraph.list ? { marginLeft: 12 * (paragraph.list.level + 1) } : undefined}>
      {marker}
      {paragraph.runs.map((run, index) => {
        const lines = run.text.split('\n');
        let content: React.ReactNode = lines.map((line, i) => (
          <React.Fragment key={i}>
            {i > 0 && <br />}
            {line}
          </React.Fragment>
        ));
        if (run.italic) {
          content = <em>{content}</em>;
        }
        if (run.bold) {
          content = <strong>{content}</strong>;
        }
        return <React.Fragment key={index}>{content}</React.Fragment>;
      })}
    </p>
  );
}

/** A cell with its spans and shading. */
function Cell(props: { cell: ReportCell; row: ReportRow; fontSize: number }): React.ReactElement {
  const { cell, row } = props;
  const style: React.CSSProperties = { fontSize: `${props.fontSize}pt` };
  if (cell.shading) {
    style.background = `#${cell.shading.fill.replace(/^#/, '')}`;
    style.color = `#${cell.shading.textColour.replace(/^#/, '')}`;
  }
  const className = [classes.cell, row.kind === 'header' ? classes.header : '', row.kind === 'group' ? classes.group : ''].join(' ');
  const content = cell.paragraphs.map((paragraph, index) => <Paragraph key={index} paragraph={paragraph} />);
  return row.kind === 'header' ? (
    <th scope="col" className={className} style={style} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
      {content}
    </th>
  ) : (
    <td className={className} style={style} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
      {content}
    </td>
  );
}

/** One table of the report, part by part. */
function Table(props: { table: ReportTable; name: string }): React.ReactElement {
  const { table } = props;
  const total = table.columns.reduce((sum, column) => sum + column.width, 0) || 1;
  const colgroup = (
    <colgroup>
      {table.columns.map((column, index) => (
        <col key={index} style={{ width: `${(100 * column.width) / total}%` }} />
      ))}
    </colgroup>
  );
  return (
    <div>
      {table.heading && <h4 className={classes.heading}>{table.heading}</h4>}
      {table.intro.map((paragraph, index) => (
        <Paragraph key={index} paragraph={paragraph} />
      ))}
      {table.parts.length === 0 && table.emptyText && <p>{table.emptyText}</p>}
      {table.parts.map((part, index) =>
        part.kind === 'paragraphs' ? (
          <div key={index}>
            {part.paragraphs.map((paragraph, i) => (
              <Paragraph key={i} paragraph={paragraph} />
            ))}
          </div>
        ) : (
          <table key={index} className={classes.table} aria-label={props.name}>
            {colgroup}
            <thead>
              {table.headerRows.map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) => (
                    <Cell key={c} cell={cell} row={row} fontSize={table.fontSize} />
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {part.rows.map((row, r) => (
                <tr key={r} data-kind={row.kind}>
                  {row.cells.map((cell, c) => (
                    <Cell key={c} cell={cell} row={row} fontSize={table.fontSize} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )
      )}
    </div>
  );
}

/** Props of the tables. */
export interface IReportModelTablesProps {
  /** The report model. */
  report: ReportModel;
  /** Heading of the summary paragraph. */
  summaryLabel: string;
  /** Text when a table has no rows and no text of its own. */
  emptyLabel: string;
}

/** The report's summary and tables. */
export function ReportModelTables(props: IReportModelTablesProps): React.ReactElement {
  const { report } = props;
  return (
    <div lang="sv">
      <h4 className={classes.heading}>{report.title}</h4>
      {report.summary.text !== '' && (
        <p className={classes.summary} aria-label={props.summaryLabel}>
          {report.summary.text}
        </p>
      )}
      {report.tables.map((table, index) => (
        <React.Fragment key={index}>
          {table.parts.length === 0 && !table.emptyText && <p>{props.emptyLabel}</p>}
          <Table table={table} name={table.heading || `${report.shapeName} ${index + 1}`} />
        </React.Fragment>
      ))}
    </div>
  );
}

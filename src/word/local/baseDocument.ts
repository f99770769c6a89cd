/**
 * The tjänsteskrivelse the local stand-in opens: the frame of seed 002's memo (Förslag till
 * beslut, Ärendet, Bilaga 1) with empty paragraphs where a handläggare would put the summary
 * sentence and the follow-up table.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** The memo as a .docx. */
export async function baseMemoDocx(): Promise<Uint8Array> {
  const text = (value: string): Paragraph => new Paragraph({ children: [new TextRun(value)] });
  const document = new Document({
    creator: 'Internkontroll',
    title: 'Tjänsteskrivelse',
    sections: [
      {
        children: [
          text('Arbetsmarknadsförvaltningen'),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Tjänsteskrivelse till Arbetsmarknadsnämnden')] }),
          text('Diarienummer: AMN-2024-00318'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Delrapportering Internkontrollplan 2024')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Förslag till beslut')] }),
          text('Arbetsmarknadsnämnden beslutar att godkänna delrapporteringen av internkontrollplanen för 2024.'),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Ärendet')] }),
          text('Bilaga 1 i ärendet utgör förvaltningens återrapportering av arbetet utifrån planen.'),
          new Paragraph({}),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Bilaga 1')] }),
          new Paragraph({})
        ]
      }
    ]
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

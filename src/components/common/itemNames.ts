/** How the plan's items are named in the UI's texts: "risk 3", "kontrollmoment 4", "området ”Ekonomi”", "åtgärden ”…”". */
import { richTextToPlainText } from '../../model';
import { formatText } from '../i18n';
import type { IUiStrings } from '../i18n';

/** How an item is named in texts: "risk 3", "kontrollmoment 4", "området ”Ekonomi”", "åtgärden ”…”". */
export function itemName(kind: 'plan' | 'omrade' | 'risk' | 'kontrollmoment' | 'atgard' | 'followUp', item: unknown, strings: IUiStrings): string {
  const record = item as Record<string, unknown>;
  switch (kind) {
    case 'risk':
      return formatText(strings.riskNumber, { nr: String(record.nr) }).toLocaleLowerCase(strings.locale);
    case 'kontrollmoment':
      return formatText(strings.kontrollmomentNumber, { nr: String(record.nr) }).toLocaleLowerCase(strings.locale);
    case 'omrade':
      return formatText(strings.omradeName, { name: String(record.namn) });
    case 'atgard':
      return formatText(strings.atgardName, { name: richTextToPlainText(String(record.beskrivning)) });
    default:
      return '';
  }
}


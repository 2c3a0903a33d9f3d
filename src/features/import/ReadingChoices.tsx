/** How the file was read, changeable: which column holds what, and the date order when unsure. */
import type { ParseResult } from '../../import/types';
import { ColumnMappingForm } from './ColumnMappingForm';
import { DateOrderChoice } from './DateOrderChoice';
import type { ImportSession } from './useImportSession';

export function ReadingChoices({ parse, session }: { parse: ParseResult; session: ImportSession }) {
  return (
    <>
      {parse.csv && (
        <ColumnMappingForm
          header={parse.csv.header}
          columns={parse.csv.columns}
          onChange={(columns) => session.reparse({ columns })}
        />
      )}
      {(parse.dateOrder.ambiguous || session.options.dateOrder) && (
        <DateOrderChoice
          info={parse.dateOrder}
          onChange={(dateOrder) => session.reparse({ dateOrder })}
        />
      )}
    </>
  );
}

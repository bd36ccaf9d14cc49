import { tableHead } from "./styles";

/** The header row of a dense data table; `cellClass` is the body cells' padding, so columns line up. */
export function ColumnHeaders({ headers, cellClass }: { headers: readonly string[]; cellClass: string }) {
  return (
    <thead className={tableHead}>
      <tr>
        {headers.map((header) => (
          <th key={header} scope="col" className={`${cellClass} whitespace-nowrap py-2 font-medium`}>
            {header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

// The parts of a table whose rows each end in a Remove button (source paths, known
// hosts): the header, whose last column only screen readers hear, and the button's cell.
interface RemovableRowsHeadProps {
  headings: readonly string[];
  actionsHeading: string;
}

export function RemovableRowsHead({ headings, actionsHeading }: RemovableRowsHeadProps) {
  return (
    <thead>
      <tr>
        {headings.map((heading) => (
          <th key={heading} scope="col">
            {heading}
          </th>
        ))}
        <th scope="col">
          <span className="visually-hidden">{actionsHeading}</span>
        </th>
      </tr>
    </thead>
  );
}

interface RemoveRowCellProps {
  /** The visible word (Remove). */
  label: string;
  /** The button's name, naming the row (Remove row 2, Remove lab01:22 …). */
  accessibleName: string;
  onRemove(): void;
}

export function RemoveRowCell({ label, accessibleName, onRemove }: RemoveRowCellProps) {
  return (
    <td>
      <button type="button" className="btn btn-small" aria-label={accessibleName} onClick={onRemove}>
        {label}
      </button>
    </td>
  );
}

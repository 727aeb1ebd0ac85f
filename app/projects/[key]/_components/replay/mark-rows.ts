/**
 * The row (from 1) of each mark along a track, so that no two marks on one row are closer than `gap`: in the order
 * of their places, each takes the first row whose last mark is far enough behind it.
 */
export function markRows(marks: readonly { id: string; at: number }[], gap: number): Map<string, number> {
  const lastOnRow: number[] = [];
  const rows = new Map<string, number>();
  for (const mark of [...marks].sort((a, b) => a.at - b.at)) {
    let row = lastOnRow.findIndex((last) => mark.at - last >= gap);
    if (row === -1) row = lastOnRow.push(mark.at) - 1;
    else lastOnRow[row] = mark.at;
    rows.set(mark.id, row + 1);
  }
  return rows;
}

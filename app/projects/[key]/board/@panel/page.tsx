/** Back on the board, the panel closes. */
export default function NoPanel() {
  return null;
}

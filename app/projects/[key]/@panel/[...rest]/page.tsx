/** Any other page of the project closes the panel: a slot left unmatched would keep showing it. */
export default function NoPanel() {
  return null;
}

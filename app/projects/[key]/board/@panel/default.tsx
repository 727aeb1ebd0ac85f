/** No panel: a page loaded afresh, the task's address included, shows the page itself. */
export default function NoPanel() {
  return null;
}

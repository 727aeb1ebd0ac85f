import { buttonStyles } from '../../../../../_components/ui/styles';

/** The two buttons under a field being edited: save the draft (the form's submit) or drop it. */
export function SaveCancel({ label, disabled, onCancel }: { label: string; disabled: boolean; onCancel: () => void }) {
  return (
    <div className="mt-2 flex gap-2">
      <button type="submit" disabled={disabled} className={buttonStyles.primary} aria-label={label}>
        Save
      </button>
      <button type="button" onClick={onCancel} className={buttonStyles.ghost}>
        Cancel
      </button>
    </div>
  );
}

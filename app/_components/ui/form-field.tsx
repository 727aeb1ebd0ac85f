import { useId } from 'react';
import { inputStyles, labelStyles } from './styles';

interface FormFieldProps extends React.InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  /** The id of the alert that says what is wrong with this field, when something is. */
  errorId?: string;
}

/** A labelled input whose hint and error are read out with it. */
export function FormField({ label, hint, errorId, ...input }: FormFieldProps) {
  const id = useId();
  const hintId = useId();
  const describedBy = [hint && hintId, errorId].filter(Boolean).join(' ');
  return (
    <div>
      <label htmlFor={id} className={labelStyles}>
        {label}
      </label>
      <input
        id={id}
        {...input}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`mt-1 ${inputStyles} aria-invalid:border-red-400`}
      />
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      )}
    </div>
  );
}

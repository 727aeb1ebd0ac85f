'use client';

import { useId } from 'react';
import { Alert } from '../../../../../_components/ui/alert';
import { inputStyles, labelStyles } from '../../../../../_components/ui/styles';

interface PropertySelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
  error: string | null;
  /** A ConflictNotice, when the pick was refused because someone else set this property meanwhile. */
  conflict?: React.ReactNode;
  children: React.ReactNode;
}

/** A property that changes the moment another option is picked. */
export function PropertySelect({ label, value, onChange, disabled, error, conflict, children }: PropertySelectProps) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={labelStyles}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => {
          onChange(event.target.value);
        }}
        className={`mt-1 ${inputStyles}`}
      >
        {children}
      </select>
      {conflict}
      {error && <Alert className="mt-2">{error}</Alert>}
    </div>
  );
}

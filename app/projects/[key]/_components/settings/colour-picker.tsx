'use client';

import { LABEL_COLOURS, type LabelColour } from '@/domain/vocabulary';
import { LABEL_COLOUR_NAMES, LABEL_COLOUR_STYLES } from '../../../../_components/ui/label-colours';

/** The fixed palette as radio buttons: arrow keys move between colours, and each says its name. */
export function ColourPicker({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: LabelColour;
  onChange: (colour: LabelColour) => void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-stone-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {LABEL_COLOURS.map((colour) => (
          <label
            key={colour}
            className={`inline-flex min-h-10 cursor-pointer items-center gap-1.5 rounded-full px-3 text-xs ring-1 ring-inset has-checked:ring-2 has-checked:ring-stone-900 has-focus-visible:outline-2 has-focus-visible:outline-indigo-600 ${LABEL_COLOUR_STYLES[colour]}`}
          >
            <input
              type="radio"
              name={legend}
              value={colour}
              checked={value === colour}
              onChange={() => {
                onChange(colour);
              }}
              className="sr-only"
            />
            {LABEL_COLOUR_NAMES[colour]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

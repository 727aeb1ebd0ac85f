import { DEFAULT_LABEL_COLOUR, type LabelColour } from '@/domain/vocabulary';
import { LABEL_COLOUR_STYLES } from './label-colours';

export function LabelChip({
  label,
  colour = DEFAULT_LABEL_COLOUR,
  children,
}: {
  label: string;
  colour?: LabelColour;
  children?: React.ReactNode;
}) {
  return (
    <span
      className={`inline-flex items-center gap-0.5 rounded-full px-2 py-0.5 text-xs ring-1 ring-inset ${LABEL_COLOUR_STYLES[colour]}`}
    >
      {label}
      {children}
    </span>
  );
}

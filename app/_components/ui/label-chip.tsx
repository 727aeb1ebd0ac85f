export function LabelChip({ label, children }: { label: string; children?: React.ReactNode }) {
  return (
    <span className="inline-flex items-center gap-0.5 rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-700 ring-1 ring-stone-200 ring-inset">
      {label}
      {children}
    </span>
  );
}

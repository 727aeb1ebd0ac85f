import { initials } from '../../_lib/format';

const size = { sm: 'size-6 text-[10px]', md: 'size-8 text-xs' } as const;

/** Initials in a circle; assistive technology and the tooltip get the full `label` (the name, by default). */
export function Avatar({ name, label = name, small = false }: { name: string; label?: string; small?: boolean }) {
  return (
    <span
      title={label}
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-indigo-100 font-semibold text-indigo-800 ${size[small ? 'sm' : 'md']}`}
    >
      <span aria-hidden="true">{initials(name)}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

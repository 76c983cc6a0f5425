interface SidebarEntryProps {
  label: string;
  /** Shown at the right; undefined while it loads (or for entries without one). */
  count?: number | undefined;
  current: boolean;
  onSelect(): void;
}

/** One sidebar view: its name and its count, marked as the page when it is the one shown. */
export function SidebarEntry({ label, count, current, onSelect }: SidebarEntryProps) {
  return (
    <li>
      <button type="button" aria-current={current ? 'page' : undefined} onClick={onSelect}>
        <span>{label}</span>
        {count === undefined ? null : <span className="sidebar__count">{count}</span>}
      </button>
    </li>
  );
}

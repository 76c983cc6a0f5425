import type { Category } from '../../shared/domain/category';

/** The options of a category select: "none" first (its label says what empty means there), then the paper's categories. */
export function CategoryOptions({ categories, emptyLabel }: { categories: Category[]; emptyLabel: string }) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {categories.map((category) => (
        <option key={category.id} value={category.name}>
          {category.name}
        </option>
      ))}
    </>
  );
}

import { useCallback, useEffect, useState } from 'react';

/**
 * An admin list (users, destinations): loaded once, and reloaded after every change made through
 * `attempt`, which also keeps the last failure to show, so a refused change never loses the list.
 */
export function useAdminList<T>(load: () => Promise<T[]>) {
  const [items, setItems] = useState<T[]>([]);
  const [error, setError] = useState<unknown>(null);
  const reload = useCallback(() => load().then(setItems, setError), [load]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setError(null);
      await reload();
    } catch (failure) {
      setError(failure);
    }
  };

  return { items, error, clearError: () => setError(null), attempt };
}

import { useSearchParams } from 'react-router';
import type { CustomerListQuery } from '../../api/types.ts';
import { parseListParams, toSearchParams } from './list-params.ts';

type Update = (changes: Partial<CustomerListQuery>) => void;

export function useListParams(): [CustomerListQuery, Update] {
  const [params, setParams] = useSearchParams();
  const query = parseListParams(params);
  const update: Update = (changes) => {
    // A new filter or sort starts again at page 1; only paging itself keeps the page.
    const keepsPage = 'page' in changes;
    setParams(toSearchParams({ ...query, ...(keepsPage ? {} : { page: 1 }), ...changes }));
  };
  return [query, update];
}

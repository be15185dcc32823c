import { useUrlFilters } from '../../../app/hooks/useUrlFilters';
import { filtersFromParams, paramsWithFilters, type ReferralFilters } from '../filters';

/**
 * The worklist's tab, filters and sort, mirrored in the address; other parameters (the open
 * referral) are left alone. The free-text box applies after a pause in typing.
 */
export function useReferralFilters(): {
  filters: ReferralFilters;
  setFilters: (patch: Partial<ReferralFilters>) => void;
  textInput: string;
  setTextInput: (value: string) => void;
} {
  return useUrlFilters({ fromParams: filtersFromParams, toParams: paramsWithFilters, textKey: 'text', keepOtherParams: true });
}

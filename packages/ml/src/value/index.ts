export { estimateMarketValue, orderRange } from './estimate';
export type { CraftPricing, MarketValue, ValueBasisItem, ValueBasisKey, ValueInput } from './estimate';
export {
  linearMultiplier,
  ORDER_PRIOR_STRENGTH,
  ORDER_SPREAD,
  rupeeStep,
  VALUE_MULTIPLIERS,
} from './multipliers';

export { earnStore } from './store';
export { findCandidates, DECLARED_CRAFT_DEFAULT } from './candidates';
export { ledgerRepository } from './ledger';
export { rankingOutcomes } from './outcomes';
export { portfolioCentroidsFor } from './portfolio';

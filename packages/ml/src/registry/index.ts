export {
  ScorerRegistry,
  SCORER_KIND,
  scorerObjectKey,
  type ModelBlobStore,
  type ModelVersionEntry,
  type ModelVersionIndex,
  type TrainReport,
} from './scorer-registry';

/**
 * The vision and language libraries, one namespace per module (their names do not collide this
 * way). Deep imports (`@shebalance/ml/model/index`, …) remain the normal way to use one module;
 * the AWS Rekognition adapter is only reachable as `@shebalance/ml/model/rekognition`.
 */
export * as model from './model/index';
export * as recognition from './recognition/index';
export * as image from './image/index';
export * as quality from './quality/index';
export * as scoring from './scoring/index';
export * as training from './training/index';
export * as value from './value/index';
export * as feedback from './feedback/index';
export * as registry from './registry/index';
export * as nlu from './nlu/index';

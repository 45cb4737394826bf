import awsLambdaFastify from '@fastify/aws-lambda';
import { buildApp } from './app';
import { configOrExit } from './boot';
import { createContainer } from './container';

/**
 * AWS Lambda (API Gateway) handler over the very same app. State lives in Aurora (DATABASE_URL),
 * Redis and S3; background work runs in the separate worker function, never in this handler.
 */
const config = configOrExit();
const container = await createContainer({ ...config, WORKER_IN_PROCESS: false });
const app = await buildApp(container);
export const handler = awsLambdaFastify(app);
await app.ready();

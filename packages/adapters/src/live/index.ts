export { createLiveHub, type LiveHub, type LiveHubOptions } from './hub';
export { inProcessLiveBus } from './memory';
export { redisLiveBus, type RedisLiveOptions } from './redis';
export { databaseLiveBus, type DatabaseLiveOptions } from './database';

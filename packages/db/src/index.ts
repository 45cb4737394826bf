export * from './client';
export * as schema from './schema';
export * from './repositories';
export * from './dev-outbox';
export * from './jobs';
export * as assessmentsSchema from './schema-assessments';
export * as credentialsSchema from './schema-credentials';
export * as whatsappSchema from './schema-whatsapp';
export * as earnSchema from './schema-earn';

import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const optionalUrl = z.string().url().optional();

/** Every environment variable SheBalance reads, with its embedded default. `.env.example` mirrors this. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Prefix for every Redis key, queue and channel (lets several deployments or test runs share one Redis). */
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,32}$/)
    .default('sb'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  CORS_ORIGINS: z.string().default('http://localhost:3000,http://localhost:5173'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY: bool.default(false),
  /** Ed25519 private JWK (JSON) for access tokens. Generated into DATA_DIR in development; required in production. */
  JWT_PRIVATE_JWK: z.string().optional(),
  JWT_PREVIOUS_PUBLIC_JWKS: z.string().optional(),
  JWT_ISSUER: z.string().default('https://shebalance.local'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(3600)
    .default(30 * 86_400),
  /** Server-side pepper for hashing one-time codes and refresh tokens (≥ 32 chars). */
  AUTH_PEPPER: z.string().min(32, 'must be at least 32 characters').optional(),
  /** 32-byte key (base64) that encrypts secrets at rest such as TOTP seeds. */
  DATA_ENCRYPTION_KEY: z.string().optional(),
  TOTP_ISSUER: z.string().default('SheBalance'),
  COGNITO_ISSUER: optionalUrl,
  COGNITO_CLIENT_ID: z.string().optional(),
  COGNITO_JWKS_URL: optionalUrl,
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default('ap-south-1'),
  S3_ENDPOINT: optionalUrl,
  S3_FORCE_PATH_STYLE: bool.default(false),
  MEDIA_URL_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(30)
    .max(7 * 86_400)
    .default(900),
  /** Run the job worker inside the API process (default) or only in `npm run worker`. */
  WORKER_IN_PROCESS: bool.default(true),
  JOB_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(500),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** Delay before the offline speech recognizer builds its templates in the background; -1 turns it off. */
  SPEECH_WARMUP_DELAY_MS: z.coerce.number().int().min(-1).default(30_000),
  SEED_DEMO: bool.default(true),
  /** VisionModel for assessments: the bundled MobileNetV2 (local) or Rekognition Custom Labels. */
  VISION_MODEL: z.enum(['local', 'rekognition']).default('local'),
  REKOGNITION_PROJECT_VERSION_ARN: z.string().optional(),
  REKOGNITION_REGION: z.string().default('ap-south-1'),
  ENABLE_DEV_ROUTES: bool.optional(),
  /** WhatsApp: 'simulator' (embedded default, nothing leaves the machine) or 'whatsapp' (Cloud API). */
  MESSAGING_DRIVER: z.enum(['simulator', 'whatsapp']).default('simulator'),
  /** Meta app secret: signs webhook deliveries (X-Hub-Signature-256). A development default is embedded. */
  WHATSAPP_APP_SECRET: z.string().min(16).default('dev-whatsapp-app-secret-not-for-production'),
  WHATSAPP_VERIFY_TOKEN: z.string().min(8).default('dev-whatsapp-verify-token'),
  WHATSAPP_TOKEN: z.string().optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().min(1).default('100000000000001'),
  WHATSAPP_GRAPH_URL: z.string().url().default('https://graph.facebook.com/v21.0'),
  /** Outbound messages per second for the business number (80 by default; up to 1,000 on higher tiers). */
  WHATSAPP_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(80),
  /** Messages to one recipient in a burst before WhatsApp's pair rate limit (then one a second). */
  WHATSAPP_PAIR_BURST: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Verifiable credentials (issue 7): validity in days (0 = no expiry), issuer name, KMS key for the issuer keys. */
  CREDENTIAL_VALIDITY_DAYS: z.coerce.number().int().min(0).max(36_500).default(1095),
  CREDENTIAL_ISSUER_NAME: z.string().min(1).default('SheBalance'),
  /** AWS KMS key id/ARN/alias sealing the credential signing keys; unset = local key file under DATA_DIR/keys. */
  KMS_KEY_ID: z.string().optional(),
  KMS_ENDPOINT: optionalUrl,
  /** Voice (issue 6): espeak-ng (embedded) or Amazon Polly; embedded template recognizer or Amazon Transcribe; templates or Bedrock. */
  TTS_ENGINE: z.enum(['espeak', 'polly']).default('espeak'),
  STT_ENGINE: z.enum(['embedded', 'transcribe']).default('embedded'),
  LANGUAGE_MODEL: z.enum(['templates', 'bedrock']).default('templates'),
  BEDROCK_MODEL_ID: z.string().default('anthropic.claude-3-haiku-20240307-v1:0'),
  SPEECH_AWS_REGION: z.string().default('ap-south-1'),
  /** Earn (issue 4): platform fee in basis points of each paid order (500 = 5%), rounded down in her favour. */
  PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(10_000).default(500),
  /** Payments port: 'manual' (embedded; operators record settlements) or 'razorpayx' (RazorpayX Payouts API). */
  PAYMENTS_PROVIDER: z.enum(['manual', 'razorpayx']).default('manual'),
  RAZORPAYX_KEY_ID: z.string().optional(),
  RAZORPAYX_KEY_SECRET: z.string().optional(),
  RAZORPAYX_ACCOUNT_NUMBER: z.string().optional(),
  RAZORPAYX_BASE_URL: z.string().url().default('https://api.razorpay.com'),
});

export type Env = z.infer<typeof envSchema>;

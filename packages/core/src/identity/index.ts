export * from './roles';
export * from './phone';
export * from './otp-policy';

export { credentialStore } from './store';
export { keyRingStore, type KeyRingStore } from './keyring';

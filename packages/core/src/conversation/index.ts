export * from './types';
export { converse, initialState, INTENT_THRESHOLD, type Capabilities, type EngineContext } from './engine';
export { conversationCatalogs, say, LANGUAGE_NAMES, type ConversationKey } from './catalog';
export { commandWord, COMMAND_WORDS, type GlobalCommand } from './keywords';
export { promptFor, fit, LISTED_CRAFTS, MAX_PHOTOS, MAX_CRAFTS } from './prompts';
export { validName } from './matching';
export { expectedReplies, type ExpectedReply } from './expected';

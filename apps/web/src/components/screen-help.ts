/**
 * The gist of the screen she is on, as its read-aloud button would say it: ReadAloud registers its
 * text while it is shown, so "help" spoken to the microphone can read the same words.
 */
const stack: { text: string }[] = [];

export function registerScreenHelp(text: string): () => void {
  const entry = { text };
  stack.push(entry);
  return () => {
    const i = stack.indexOf(entry);
    if (i >= 0) stack.splice(i, 1);
  };
}

/** The most recently shown screen help, or null. */
export function screenHelp(): string | null {
  return stack.at(-1)?.text ?? null;
}

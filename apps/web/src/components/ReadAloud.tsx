import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang, LOCALES } from '../i18n';
import { Icon } from './Icon';
import { registerScreenHelp } from './screen-help';

/**
 * Reads a screen's gist aloud in her language with the browser's speech synthesis (for low-literacy
 * use). While shown, the same words are the screen's help for the microphone ("help").
 */
export function ReadAloud({ text }: { text: string }) {
  const { t } = useTranslation();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => registerScreenHelp(text), [text]);
  if (typeof speechSynthesis === 'undefined') return null;
  const toggle = () => {
    if (speaking) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const u = new SpeechSynthesisUtterance(text);
    u.lang = LOCALES[currentLang()];
    const voice = speechSynthesis
      .getVoices()
      .find((v) => v.lang.replace('_', '-').startsWith(u.lang.slice(0, 2)));
    if (voice) u.voice = voice;
    u.onend = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(u);
  };
  return (
    <button type="button" className="btn primary" onClick={toggle} aria-pressed={speaking}>
      <Icon name="speaker" />
      <span>{speaking ? t('snap.stopListening') : t('snap.listen')}</span>
    </button>
  );
}

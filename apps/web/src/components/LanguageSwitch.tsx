import { useTranslation } from 'react-i18next';
import { LANG_NAMES, LANGS, isLang, setLanguage, currentLang } from '../i18n';
import { Icon } from './Icon';

/** On every screen: the five languages, each written in its own script. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = isLang(i18n.language) ? i18n.language : currentLang();
  return (
    <label className="lang">
      <Icon name="globe" size={20} />
      <span className="sr-only">{t('app.language')}</span>
      <select
        value={lang}
        onChange={(e) => isLang(e.target.value) && void setLanguage(e.target.value)}
        aria-label={t('app.language')}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

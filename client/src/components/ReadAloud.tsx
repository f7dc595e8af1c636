// Reads a text aloud with the browser's own speech synthesis, in the interface language. Nothing plays
// until the person presses the button; pressing again stops it.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { Icon } from './Icon';
import { useMark } from './Lang';

export function ReadAloud({ text, label }: { text: string; label?: string }) {
  const mark = useMark();
  const { t, locale } = useI18n();
  const [speaking, setSpeaking] = useState(false);
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

  useEffect(() => () => {
    if (supported) window.speechSynthesis.cancel();
  }, [supported]);

  if (!supported) return <p className="hint">{t('readAloud.unsupported')}</p>;

  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = locale === 'en' ? 'en-US' : 'zh-CN';
    u.rate = 0.9;
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(u);
  };

  return mark(
    <button type="button" className="button secondary" aria-pressed={speaking} onClick={toggle}>
      <Icon name="speaker" small />
      {label ?? t('readAloud.start')}
    </button>
  );
}

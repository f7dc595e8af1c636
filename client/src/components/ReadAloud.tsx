// Reads a text aloud with the browser's own speech synthesis, in the page's language. Nothing plays until the
// person presses "read aloud"; a separate, labelled button stops it. When the device has no voice for the
// language, or speaking fails, it says so in words (in a live region) and offers the text itself, because a
// silent button that flips back tells the person nothing.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/types';
import { Button } from './Button';
import { Icon } from './Icon';
import { useMark } from './Lang';

type Status = 'idle' | 'speaking' | 'stopped' | 'noVoice' | 'failed';

const SPEECH_LANG: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** A voice for the language ("zh" matches zh-CN, zh-HK, cmn-…); null when the device lists none. */
export function voiceFor(voices: readonly SpeechSynthesisVoice[], locale: Locale): SpeechSynthesisVoice | null {
  const want = locale === 'en' ? ['en'] : ['zh', 'cmn', 'yue'];
  const prefix = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-').split('-')[0];
  const matching = voices.filter((v) => want.includes(prefix(v)));
  return matching.find((v) => v.lang.replace('_', '-') === SPEECH_LANG[locale]) ?? matching[0] ?? null;
}

export function ReadAloud({ text, label, textId }: {
  text: string;
  label?: string;
  /** id of the element on the page that shows the text (focusable with tabIndex -1); without it the text is shown here. */
  textId?: string;
}) {
  const mark = useMark();
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<Status>('idle');
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>([]);
  const startRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance !== 'undefined';

  // Voices arrive late in some browsers (Chrome loads them after the page): read them now and on voiceschanged.
  useEffect(() => {
    if (!supported) return undefined;
    const synth = window.speechSynthesis;
    const load = () => setVoices(synth.getVoices?.() ?? []);
    load();
    synth.addEventListener?.('voiceschanged', load);
    return () => {
      synth.removeEventListener?.('voiceschanged', load);
      synth.cancel();
    };
  }, [supported]);

  if (!supported) return <p className="hint">{t('readAloud.unsupported')}</p>;

  const problem = status === 'noVoice' || status === 'failed';
  const language = t(locale === 'en' ? 'readAloud.languageEn' : 'readAloud.languageZh');

  // The stop button goes away when speaking ends: focus on it moves back to the start button, not to the page.
  const keepFocus = () => {
    if (stopRef.current && document.activeElement === stopRef.current) startRef.current?.focus();
  };

  const start = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    const fresh = synth.getVoices?.() ?? [];
    const known = fresh.length > 0 ? fresh : voices;
    const voice = voiceFor(known, locale);
    // The device lists voices but none speaks this language: say so rather than let it fail in silence.
    if (known.length > 0 && !voice) {
      setStatus('noVoice');
      return;
    }
    const u = new SpeechSynthesisUtterance(text);
    u.lang = SPEECH_LANG[locale];
    if (voice) u.voice = voice;
    u.rate = 0.9;
    let started = false;
    u.onstart = () => { started = true; };
    u.onend = () => {
      keepFocus();
      // ended without ever starting, and no voice listed: nothing was said (some browsers end instead of failing)
      setStatus((s) => (s !== 'speaking' ? s : !started && known.length === 0 ? 'noVoice' : 'idle'));
    };
    u.onerror = (e) => {
      // cancel() (our stop button, leaving the page) also ends an utterance with an error: that is no failure
      if (e.error === 'canceled' || e.error === 'interrupted') return;
      keepFocus();
      // With no voice listed at all, a failure is the missing voice (headless and bare Linux browsers)
      setStatus(known.length === 0 || e.error === 'language-unavailable' || e.error === 'voice-unavailable' ? 'noVoice' : 'failed');
    };
    setStatus('speaking');
    synth.speak(u);
  };

  const stop = () => {
    window.speechSynthesis.cancel();
    setStatus('stopped');
    startRef.current?.focus();
  };

  const message = status === 'speaking' ? t('readAloud.speaking')
    : status === 'stopped' ? t('readAloud.stopped')
    : status === 'noVoice' ? t('readAloud.noVoice', { language })
    : status === 'failed' ? t('readAloud.failed')
    : '';

  const showText = () => {
    const target = textId ? document.getElementById(textId) : null;
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  };

  return mark(
    <div className="read-aloud">
      <div className="button-row">
        <Button variant="secondary" ref={startRef} onClick={start}>
          <Icon name="speaker" small />
          {label ?? t('readAloud.start')}
        </Button>
        {status === 'speaking' && (
          <Button variant="secondary" ref={stopRef} onClick={stop}>{t('readAloud.stop')}</Button>
        )}
      </div>
      <p role="status" className="read-aloud-status">{message}</p>
      {problem && (textId
        ? <p><Button variant="quiet" onClick={showText}>{t('readAloud.goToText')}</Button></p>
        : <blockquote className="read-aloud-text"><p>{text}</p></blockquote>)}
    </div>
  );
}

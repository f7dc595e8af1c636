import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Locale } from '../i18n/types';
import { ReadAloud } from './ReadAloud';

// jsdom has no speech synthesis: a small stand-in that records what was spoken and lets a test end it or fail it.
class FakeUtterance {
  lang = '';
  rate = 1;
  voice: unknown = null;
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

function fakeSynth(voices: Array<{ lang: string; name: string }>) {
  const listeners = new Set<() => void>();
  const synth = {
    voices,
    spoken: [] as FakeUtterance[],
    getVoices: () => synth.voices,
    speak: (u: FakeUtterance) => { synth.spoken.push(u); },
    cancel: () => {
      const last = synth.spoken.at(-1);
      last?.onerror?.({ error: 'interrupted' });
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    changeVoices(next: Array<{ lang: string; name: string }>) {
      synth.voices = next;
      listeners.forEach((f) => f());
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  return synth;
}

const CHINESE = { lang: 'zh-CN', name: 'Tingting' };
const ENGLISH = { lang: 'en-US', name: 'Samantha' };

function show(locale: Locale = 'zh-CN', textId?: string) {
  return render(
    <I18nProvider initial={locale}>
      <ol id="the-text" tabIndex={-1}><li>这份工作是盲人保健按摩师。</li></ol>
      <ReadAloud text="这份工作是盲人保健按摩师。" textId={textId} />
    </I18nProvider>,
  );
}

beforeEach(() => {
  (globalThis as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = FakeUtterance;
});
afterEach(() => {
  delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
  delete (globalThis as unknown as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
});

describe('read aloud', () => {
  it('reads in the page language with a voice for it; a separate, labelled stop button stops it and gives focus back', async () => {
    const synth = fakeSynth([ENGLISH, CHINESE]);
    show();
    expect(screen.queryByRole('button', { name: '停止朗读' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '朗读简明版' }));
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0].lang).toBe('zh-CN');
    expect(synth.spoken[0].voice).toBe(CHINESE);
    expect(screen.getByRole('status')).toHaveTextContent('正在朗读。要停下，请按“停止朗读”。');

    const stop = screen.getByRole('button', { name: '停止朗读' });
    expect(stop).toHaveAttribute('type', 'button');
    expect(stop).toHaveClass('button');
    await userEvent.tab();
    expect(stop).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.queryByRole('button', { name: '停止朗读' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '朗读简明版' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('已经停止朗读。');
  });

  it('with voices but none in Chinese, says so in words instead of failing in silence, and offers the text', async () => {
    const synth = fakeSynth([ENGLISH]);
    show('zh-CN', 'the-text');
    await userEvent.click(screen.getByRole('button', { name: '朗读简明版' }));
    expect(synth.spoken).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('这台设备没有中文朗读语音，所以没有读出来。您可以用读屏软件朗读这些文字');
    await userEvent.click(screen.getByRole('button', { name: '转到要朗读的文字' }));
    expect(screen.getByRole('list')).toHaveFocus();
  });

  it('notices voices that arrive later (voiceschanged)', async () => {
    const synth = fakeSynth([]);
    show();
    act(() => synth.changeVoices([ENGLISH]));
    synth.getVoices = () => [];  // the late list is what the component kept
    await userEvent.click(screen.getByRole('button', { name: '朗读简明版' }));
    expect(synth.spoken).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('这台设备没有中文朗读语音');
  });

  it('with no voices at all (headless browsers), a failed synthesis is reported as no voice, with the text shown', async () => {
    const synth = fakeSynth([]);
    show();
    await userEvent.click(screen.getByRole('button', { name: '朗读简明版' }));
    act(() => synth.spoken[0].onerror?.({ error: 'synthesis-failed' }));
    expect(screen.getByRole('status')).toHaveTextContent('这台设备没有中文朗读语音');
    expect(screen.queryByRole('button', { name: '停止朗读' })).not.toBeInTheDocument();
    expect(screen.getByRole('blockquote')).toHaveTextContent('这份工作是盲人保健按摩师。');
  });

  it('with no voices, an utterance that ends without ever starting is reported too; one that started ends quietly', async () => {
    const synth = fakeSynth([]);
    show();
    await userEvent.click(screen.getByRole('button', { name: '朗读简明版' }));
    act(() => synth.spoken[0].onend?.());
    expect(screen.getByRole('status')).toHaveTextContent('这台设备没有中文朗读语音');
    await userEvent.click(screen.getByRole('button', { name: '朗读简明版' }));
    act(() => { synth.spoken[1].onstart?.(); synth.spoken[1].onend?.(); });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('any other error is said in words, in English too', async () => {
    const synth = fakeSynth([ENGLISH]);
    render(<I18nProvider initial="en"><ReadAloud text="This job is massage therapist." /></I18nProvider>);
    await userEvent.click(screen.getByRole('button', { name: 'Read the easy-read version aloud' }));
    expect(synth.spoken[0].lang).toBe('en-US');
    expect(screen.getByRole('button', { name: 'Stop reading aloud' })).toBeInTheDocument();
    act(() => synth.spoken[0].onerror?.({ error: 'audio-busy' }));
    expect(screen.getByRole('status')).toHaveTextContent('Reading aloud did not work. You can use a screen reader to read the text, or try again later.');
  });

  it('without speech synthesis, says to use the screen reader', () => {
    render(<I18nProvider initial="zh-CN"><ReadAloud text="文字" /></I18nProvider>);
    expect(screen.getByText('您的浏览器不能朗读。您可以用手机或电脑自带的读屏功能。')).toBeInTheDocument();
  });
});

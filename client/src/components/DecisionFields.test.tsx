import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import { DecisionFields } from './DecisionFields';

function Harness({ errors = {}, onChange }: { errors?: { decision?: string; note?: string }; onChange?: (d: string, n: string) => void }) {
  const [decision, setDecision] = useState<'' | 'yes' | 'no'>('');
  const [note, setNote] = useState('');
  return (
    <I18nProvider initial="zh-CN">
      <DecisionFields
        decisionId="d"
        legend="您的决定"
        choices={[{ value: 'yes', label: '通过' }, { value: 'no', label: '不通过' }]}
        decision={decision}
        onDecision={(d) => { setDecision(d); onChange?.(d, note); }}
        decisionError={errors.decision}
        noteId="d-note"
        noteLabel="原因"
        noteHint="不通过时必须填写"
        noteError={errors.note}
        note={note}
        onNote={(n) => { setNote(n); onChange?.(decision, n); }}
        noteMaxLength={20}
      >
        {decision === 'no' && <p>将关闭职位</p>}
      </DecisionFields>
    </I18nProvider>
  );
}

describe('decision fields', () => {
  it('are a named, required group of choices and a labelled note, with the extra content between them', async () => {
    const seen: Array<[string, string]> = [];
    render(<Harness onChange={(d, n) => seen.push([d, n])} />);
    const group = screen.getByRole('radiogroup', { name: /^您的决定/ });
    expect(group).toHaveAttribute('aria-required', 'true');
    expect(screen.getByRole('radio', { name: '通过' })).toHaveAttribute('id', 'd-0');
    expect(screen.queryByText('将关闭职位')).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: '不通过' }));
    expect(screen.getByText('将关闭职位')).toBeInTheDocument();
    const note = screen.getByRole('textbox', { name: '原因' });
    expect(note).toHaveAttribute('id', 'd-note');
    expect(note).toHaveAttribute('maxlength', '20');
    expect(note).toHaveAccessibleDescription('不通过时必须填写');
    await userEvent.type(note, '执照');
    expect(seen.at(-1)).toEqual(['no', '执照']);
    // the extra content sits after the choices and before the note
    expect(screen.getByText('将关闭职位').compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows each error on its own control', () => {
    render(<Harness errors={{ decision: '请选择一个决定', note: '请填写原因' }} />);
    expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('radiogroup')).toHaveAccessibleDescription(/请选择一个决定/);
    const note = screen.getByRole('textbox', { name: '原因' });
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription(/请填写原因/);
  });
});

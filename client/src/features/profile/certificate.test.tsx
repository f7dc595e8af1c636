import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider, makeI18n } from '../../i18n/I18nProvider';
import type { Locale } from '../../i18n/types';
import { residentIdCheckChar } from '../../lib/identity-numbers';
import { emptyDraft, validateStep, type Draft } from './draft';
import { DisabilityStep } from './steps-disability';

const ID17 = '41152119900101123';
const ID = ID17 + residentIdCheckChar(ID17);
const WRONG = residentIdCheckChar(ID17) === '0' ? '1' : '0';

let latest: Draft = emptyDraft();
function Harness({ locale = 'zh-CN' }: { locale?: Locale }) {
  const [draft, setDraft] = useState<Draft>(emptyDraft());
  latest = draft;
  return (
    <I18nProvider initial={locale}>
      <DisabilityStep draft={draft} update={(c) => setDraft((d) => ({ ...d, ...c }))} errors={{}} />
    </I18nProvider>
  );
}

describe('certificate number, checked as it is typed', () => {
  it('says at once when the 18th character does not match, and which it should be', async () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /残疾人证号/ });
    await userEvent.type(field, ID17 + WRONG);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(new RegExp(`最后一位不对.*应该是“${residentIdCheckChar(ID17)}”`));
  });

  it('does not complain about a short number while the person is still typing, only after leaving the field', async () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /残疾人证号/ });
    await userEvent.type(field, '41152119');
    expect(field).not.toHaveAttribute('aria-invalid');
    await userEvent.tab();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('残疾人证号应为20位，您现在写了8位。')).toBeInTheDocument();
  });

  it('names the wrong category and level digits in plain words', async () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /残疾人证号/ });
    await userEvent.type(field, `${ID}8`);
    expect(field).toHaveAccessibleDescription(/第19位是残疾类别，只能是1到7/);
    await userEvent.clear(field);
    await userEvent.type(field, `${ID}19`);
    expect(field).toHaveAccessibleDescription(/第20位是残疾等级，只能是1到4/);
  });

  it('a valid number is confirmed politely and fills in category, level, birth date and gender', async () => {
    render(<Harness />);
    const field = screen.getByRole('textbox', { name: /残疾人证号/ });
    await userEvent.type(field, `${ID}12`);
    expect(field).not.toHaveAttribute('aria-invalid');
    const hint = screen.getByText(/证号有效：视力残疾，二级/);
    expect(hint).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('radio', { name: '视力残疾' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '二级' })).toBeChecked();
    expect(latest).toMatchObject({ birthDate: '1990-01-01', gender: 'MALE', category: 'VISUAL', level: '2' });
  });

  it('explains the same problems in English', async () => {
    render(<Harness locale="en" />);
    const field = screen.getByRole('textbox', { name: /certificate number/ });
    await userEvent.type(field, ID17 + WRONG);
    expect(field).toHaveAccessibleDescription(/last character of the ID number/);
  });

  it('on Next, a birth date that differs from the certificate is reported', () => {
    const i18n = makeI18n('zh-CN');
    const problems = validateStep('disability', { ...emptyDraft(), certificateNumber: `${ID}12`, birthDate: '1991-05-05' }, i18n);
    expect(problems.certificateNumber).toMatch(/证号里的出生日期是1990年1月1日，和您在“基本信息”里填写的1991年5月5日不一样/);
  });
});

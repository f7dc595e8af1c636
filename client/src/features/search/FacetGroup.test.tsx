import { describe, expect, it, jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Locale } from '../../i18n/types';
import { countsOf, FacetGroup } from './FacetGroup';

const COUNTIES = [{ value: '411503', label: '平桥区' }, { value: '411521', label: '罗山县' }, { value: '411525', label: '固始县' }];

function Harness({ counts, onChange = () => {}, locale = 'zh-CN' }: {
  counts?: Array<{ value: string; count: number }>; onChange?: (v: string[]) => void; locale?: Locale;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <I18nProvider initial={locale}>
      <FacetGroup id="county" legend="工作地点（县区）" hint="可以选多个县区。" options={COUNTIES} counts={countsOf(counts)}
        selected={selected} onChange={(v) => { setSelected(v); onChange(v); }} />
    </I18nProvider>
  );
}

describe('facet filter group', () => {
  it('is a group named by its legend and described by its hint, with a checkbox per value and the count in each label', () => {
    render(<Harness counts={[{ value: '411503', count: 12 }, { value: '411521', count: 3 }, { value: '411525', count: 0 }]} />);
    const group = screen.getByRole('group', { name: '工作地点（县区）' });
    expect(group.tagName).toBe('FIELDSET');
    expect(group).toHaveAccessibleDescription('可以选多个县区。');
    expect(screen.getAllByRole('checkbox').map((c) => c.getAttribute('name') === 'county' && (c as HTMLInputElement).labels?.[0]?.textContent))
      .toEqual(['平桥区（12）', '罗山县（3）', '固始县（0）']);
    // a value with no jobs stays listed and usable, so the group does not jump around
    expect(screen.getByRole('checkbox', { name: '固始县（0）' })).toBeEnabled();
  });

  it('shows plain labels until the first counts arrive', () => {
    render(<Harness />);
    expect(screen.getByRole('checkbox', { name: '罗山县' })).toBeInTheDocument();
  });

  it('is operated with the keyboard: Tab reaches each checkbox, Space toggles it, focus stays, values keep the listed order', async () => {
    const onChange = jest.fn<(v: string[]) => void>();
    render(<Harness onChange={onChange} counts={[{ value: '411503', count: 12 }, { value: '411521', count: 3 }, { value: '411525', count: 0 }]} />);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    const gushi = screen.getByRole('checkbox', { name: '固始县（0）' });
    expect(gushi).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(gushi).toBeChecked();
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: '平桥区（12）' })).toHaveFocus();
    expect(onChange).toHaveBeenLastCalledWith(['411503', '411525']);
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(['411525']);
  });

  it('writes counts the English way', () => {
    render(<Harness locale="en" counts={[{ value: '411521', count: 3 }]} />);
    expect(screen.getByRole('checkbox', { name: '罗山县 (3)' })).toBeInTheDocument();
  });
});
